package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The debriefs that have been held (held or published), page by page; implemented over the debrief store.
 *
 * <p>Each held debrief carries when the checkpoint job must look at it next (its next look), indexed, so a run reads
 * only the debriefs due by then, not every held one. A store sets the first look when a debrief is held
 * ({@link CheckpointPolicy#earliestFirstLook}); the job moves it on with {@link #scheduleNext}. The next looks of a
 * project follow its checkpoint interval, so the store also remembers, per project, the interval they were planned
 * with ({@link #plannedIntervals}), and the job re-plans a project whose interval changed ({@link #replan}).
 */
public interface HeldDebriefs {

    /** What {@link #plannedIntervals} holds for a project that does not take part in checkpoints. */
    int NOT_TAKING_PART = 0;

    /**
     * Up to {@code limit} held debriefs whose incident id is above {@code afterIncidentId}, by incident id: a keyset
     * page, so reading every held debrief costs the same per page however many there are (an offset page would make
     * the database skip all earlier rows on every page).
     */
    List<HeldDebrief> heldAfter(long afterIncidentId, int limit);

    /** The held debrief of one incident, or empty when it has not been held. */
    Optional<HeldDebrief> find(IssueRef incident);

    /**
     * Up to {@code limit} held debriefs whose next look is at or before {@code moment} and whose incident id is above
     * {@code afterIncidentId}, by incident id (a keyset page over the due ones only).
     */
    List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit);

    /** Records the last checkpoint number claimed for the incident and when the job must look at it next. */
    void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook);

    /**
     * The checkpoint interval (days) each project's next looks were planned with, {@link #NOT_TAKING_PART} for a
     * project that did not take part; a project missing has not been planned yet.
     */
    Map<String, Integer> plannedIntervals();

    /**
     * Plans the project's held debriefs again with {@code intervalDays} ({@link #NOT_TAKING_PART} when it does not
     * take part): each one's next look becomes when the checkpoint after its last claimed one comes due (by
     * {@link CheckpointPolicy#nextLook(Instant, int)}), and the interval is remembered for the project. One
     * transaction.
     */
    void replan(String projectKey, int intervalDays);

    /**
     * Records the interval of a project not planned before, without touching its debriefs: their next looks are still
     * the earliest possible or were just moved on with this interval. Nothing happens when another node recorded one
     * first.
     */
    void recordPlan(String projectKey, int intervalDays);
}
