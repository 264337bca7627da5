package io.debrief.plugin.actionitem;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.rest.json.JsonOutput;
import java.time.Clock;
import java.time.Duration;

/**
 * One debrief action item as the REST API shows it.
 *
 * @param url      the issue's page, relative to Jira's base URL ({@code /browse/OPS-7})
 * @param status   open or done
 * @param assignee nullable
 * @param due      nullable, YYYY-MM-DD
 * @param ageDays  whole days since the item was created
 * @param category nullable: detect, fix, prevent or process
 * @param incident nullable: the key of the incident the item belongs to
 */
public record ActionItemView(
        @JsonProperty("key") String key,
        @JsonProperty("summary") String summary,
        @JsonProperty("url") String url,
        @JsonProperty("status") String status,
        @JsonProperty("assignee") PersonView assignee,
        @JsonProperty("due") String due,
        @JsonProperty("ageDays") long ageDays,
        @JsonProperty("category") String category,
        @JsonProperty("created") String created,
        @JsonProperty("resolved") String resolved,
        @JsonProperty("incident") String incident) {

    public static ActionItemView of(TrackedIssue item, Clock clock) {
        long age = Math.max(0, Duration.between(item.created(), clock.instant()).toDays());
        return new ActionItemView(
                item.key(),
                item.summary(),
                "/browse/" + item.key(),
                item.isOpen() ? "open" : "done",
                item.assignee() == null
                        ? null
                        : new PersonView(item.assignee().key(), item.assignee().displayName()),
                item.due() == null ? null : item.due().toString(),
                age,
                item.category() == null ? null : item.category().wireName(),
                JsonOutput.instant(item.created()),
                JsonOutput.instant(item.resolved()),
                item.incident() == null ? null : item.incident().key());
    }

    /** A person: user key and display name. */
    public record PersonView(
            @JsonProperty("key") String key,
            @JsonProperty("displayName") String displayName) {}
}
