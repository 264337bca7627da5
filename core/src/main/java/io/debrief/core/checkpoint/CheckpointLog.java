package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of checkpoints across the cluster; the unique key (incident id, number) makes a claim win only once.
 */
public interface CheckpointLog {

    /** Claims checkpoint {@code number} of the incident; true only for the first claimant, on any node. */
    boolean claim(IssueRef incident, int number, Instant dueAt, Instant claimedAt);

    /**
     * Records that checkpoint {@code number} came due with no action item open ({@link Checkpoint.State#QUIET}); like
     * a claim, only the first recorder on any node succeeds, and the number counts as the last one from then on.
     */
    boolean recordQuiet(IssueRef incident, int number, Instant dueAt, Instant recordedAt);

    /** Records the sub-task created for a claimed checkpoint. */
    void markOpened(IssueRef incident, int number, IssueRef subTask);

    /** Claims made before {@code claimedBefore} that still have no sub-task (a run stopped in between), oldest first. */
    List<Checkpoint> unfinishedClaims(Instant claimedBefore, int limit);

    /**
     * Takes over an unfinished claim: succeeds only if it is still unopened and still carries {@code previousClaimedAt}
     * (a compare-and-set), so two runs repairing the same claim cannot both create its sub-task.
     */
    boolean reclaim(IssueRef incident, int number, Instant previousClaimedAt, Instant claimedAt);

    /**
     * Records what the checkpoint decided about each item and closes it; true only for the first close of the
     * checkpoint on any node (a unique fact, like a claim), false when it was already closed, and then nothing is
     * written.
     */
    boolean recordOutcomes(IssueRef incident, int number, Map<IssueRef, ItemOutcome> outcomes);

    /**
     * Undoes {@link #recordOutcomes}: the checkpoint is open again without outcomes. Only for the use case whose
     * tracker writes failed after it recorded the close, so the same submit can be made again.
     */
    void reopen(IssueRef incident, int number);

    /** Every checkpoint of the incident, by number. */
    List<Checkpoint> history(IssueRef incident);

    /**
     * Every checkpoint of each of the incidents, by number (an incident without any maps to an empty list): one call
     * for the thousands of incidents the monthly review shows, so a store can read them in a few queries.
     */
    default Map<IssueRef, List<Checkpoint>> histories(Collection<IssueRef> incidents) {
        Map<IssueRef, List<Checkpoint>> histories = new HashMap<>();
        for (IssueRef incident : incidents) {
            histories.computeIfAbsent(incident, this::history);
        }
        return histories;
    }

    /**
     * How many checkpoints re-planned each of the items (an item never re-planned maps to 0): the monthly review sorts
     * thousands of open items by it, so a store answers from the outcomes alone, without reading whole histories.
     */
    Map<IssueRef, Integer> timesReplanned(Collection<IssueRef> items);

    /** The highest number claimed for the incident, 0 when none. */
    default int lastNumber(IssueRef incident) {
        return history(incident).stream().mapToInt(Checkpoint::number).max().orElse(0);
    }
}
