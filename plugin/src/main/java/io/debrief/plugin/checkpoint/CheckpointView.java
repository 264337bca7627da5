package io.debrief.plugin.checkpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.plugin.rest.json.JsonOutput;
import java.util.Comparator;
import java.util.List;

/**
 * One checkpoint as the REST API shows it.
 *
 * @param due      when it came due, ISO-8601 instant
 * @param subTask  nullable: the "Debrief checkpoint" sub-task's key, once created
 * @param state    claimed, opened or closed
 * @param outcomes what it decided per item (closed checkpoints), by item key
 */
public record CheckpointView(
        @JsonProperty("number") int number,
        @JsonProperty("due") String due,
        @JsonProperty("subTask") String subTask,
        @JsonProperty("state") String state,
        @JsonProperty("outcomes") List<OutcomeJson> outcomes) {

    public static CheckpointView of(Checkpoint checkpoint) {
        List<OutcomeJson> outcomes = checkpoint.outcomes().entrySet().stream()
                .map(entry -> OutcomeJson.of(entry.getKey().key(), entry.getValue()))
                .sorted(Comparator.comparing(OutcomeJson::item))
                .toList();
        return new CheckpointView(
                checkpoint.number(),
                JsonOutput.instant(checkpoint.dueAt()),
                checkpoint.subTask() == null ? null : checkpoint.subTask().key(),
                JsonOutput.wireName(checkpoint.state()),
                outcomes);
    }

    /**
     * One item's outcome.
     *
     * @param outcome done, replanned or dropped
     * @param due     replanned: the new due date
     * @param reason  dropped: why
     */
    public record OutcomeJson(
            @JsonProperty("item") String item,
            @JsonProperty("outcome") String outcome,
            @JsonProperty("due") String due,
            @JsonProperty("reason") String reason) {

        static OutcomeJson of(String item, ItemOutcome outcome) {
            if (outcome instanceof ItemOutcome.Replanned replanned) {
                return new OutcomeJson(item, "replanned", replanned.newDue().toString(), null);
            }
            if (outcome instanceof ItemOutcome.Dropped dropped) {
                return new OutcomeJson(item, "dropped", null, dropped.reason());
            }
            return new OutcomeJson(item, "done", null, null);
        }
    }
}
