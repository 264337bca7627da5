package io.debrief.core.checkpoint;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One checkpoint of an incident's debrief: claimed by one job run, opened as a sub-task, closed with an outcome per
 * action item.
 *
 * @param subTask nullable until the sub-task exists
 */
public record Checkpoint(
        IssueRef incident,
        int number,
        Instant dueAt,
        Instant claimedAt,
        IssueRef subTask,
        State state,
        Map<IssueRef, ItemOutcome> outcomes) {

    /** The life of a checkpoint; a claim without a sub-task is repaired by the next job run. */
    public enum State {
        CLAIMED,
        OPENED,
        CLOSED,
        /**
         * Came due with no action item open: no sub-task, nobody meets. Recorded so later job runs do not search the
         * items again for this number; a later number still opens if an item is open by then.
         */
        QUIET
    }

    public Checkpoint {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(state, "state");
        outcomes = Map.copyOf(outcomes);
        if (number < 1) {
            throw new IllegalArgumentException("checkpoint numbers start at 1: " + number);
        }
        if ((state == State.OPENED || state == State.CLOSED) && subTask == null) {
            throw new IllegalArgumentException("an opened checkpoint has a sub-task");
        }
    }

    /** A checkpoint that came due when every action item was already closed. */
    public static Checkpoint quiet(IssueRef incident, int number, Instant dueAt, Instant recordedAt) {
        return new Checkpoint(incident, number, dueAt, recordedAt, null, State.QUIET, Map.of());
    }

    /** Whether people met for it: its sub-task was opened (and perhaps closed). */
    public boolean tookPlace() {
        return state == State.OPENED || state == State.CLOSED;
    }

    /** Whether it is still to be held: claimed (its sub-task being created) or opened, not yet closed. */
    public boolean isOpen() {
        return state == State.CLAIMED || state == State.OPENED;
    }

    /** The checkpoint as one viewer may read it: the outcomes of items they cannot browse are left out, unnamed. */
    public Checkpoint visibleTo(Viewer viewer) {
        return visibleTo(viewer::canBrowse);
    }

    /**
     * The checkpoint with the outcomes of the items {@code mayBrowse} accepts only (the others left out, unnamed): for
     * a caller that asked about every item at once rather than one by one.
     */
    public Checkpoint visibleTo(Predicate<IssueRef> mayBrowse) {
        Map<IssueRef, ItemOutcome> visible = new LinkedHashMap<>();
        outcomes.forEach((item, outcome) -> {
            if (mayBrowse.test(item)) {
                visible.put(item, outcome);
            }
        });
        return new Checkpoint(incident, number, dueAt, claimedAt, subTask, state, visible);
    }

    public static Checkpoint claimed(IssueRef incident, int number, Instant dueAt, Instant claimedAt) {
        return new Checkpoint(incident, number, dueAt, claimedAt, null, State.CLAIMED, Map.of());
    }

    public Checkpoint opened(IssueRef createdSubTask) {
        return new Checkpoint(incident, number, dueAt, claimedAt, createdSubTask, State.OPENED, outcomes);
    }

    public Checkpoint closed(Map<IssueRef, ItemOutcome> recorded) {
        return new Checkpoint(incident, number, dueAt, claimedAt, subTask, State.CLOSED, recorded);
    }
}
