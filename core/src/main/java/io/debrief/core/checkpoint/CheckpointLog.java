package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record of checkpoints across the cluster; the unique key (incident id, number) makes a claim win only once.
 */
public interface CheckpointLog {

    /** Claims checkpoint {@code number} of the incident; true only for the first claimant, on any node. */
    boolean claim(IssueRef incident, int number, Instant dueAt, Instant claimedAt);

    /** Records the sub-task created for a claimed checkpoint. */
    void markOpened(IssueRef incident, int number, IssueRef subTask);

    /** Claims without a sub-task (a run stopped in between), oldest first, at most {@code limit}. */
    List<Checkpoint> unfinishedClaims(int limit);

    /** Records what the checkpoint decided about each item and closes it. */
    void recordOutcomes(IssueRef incident, int number, Map<IssueRef, ItemOutcome> outcomes);

    /** Every checkpoint of the incident, by number. */
    List<Checkpoint> history(IssueRef incident);

    /** The highest number claimed for the incident, 0 when none. */
    default int lastNumber(IssueRef incident) {
        return history(incident).stream().mapToInt(Checkpoint::number).max().orElse(0);
    }
}
