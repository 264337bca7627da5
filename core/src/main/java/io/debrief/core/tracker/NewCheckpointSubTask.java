package io.debrief.core.tracker;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A "Debrief checkpoint" sub-task to open under an incident: its number, text, the items still open, who looks
 * after it and when.
 *
 * @param assignee nullable: leave unassigned
 */
public record NewCheckpointSubTask(
        IssueRef incident,
        int number,
        CheckpointSummary summary,
        List<IssueRef> openItems,
        UserRef assignee,
        LocalDate due) {

    public NewCheckpointSubTask {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(due, "due");
        openItems = List.copyOf(openItems);
        if (number < 1) {
            throw new IllegalArgumentException("checkpoint numbers start at 1: " + number);
        }
    }
}
