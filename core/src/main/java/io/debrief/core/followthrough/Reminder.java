package io.debrief.core.followthrough;

import io.debrief.core.common.IssueRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder to the assignee of one open action item.
 *
 * @param incident nullable: the item belongs to no incident the assignee may browse
 */
public record Reminder(
        String recipientKey, ReminderKind kind, IssueRef item, String summary, LocalDate due, IssueRef incident) {

    public Reminder {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(due, "due");
    }
}
