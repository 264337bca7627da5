package io.debrief.core.checkpoint;

import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * When checkpoints come due: checkpoint k is due k intervals after the debrief was held, as long as at least one
 * action item is still open at that moment.
 *
 * <p>The interval is the project's current one, so a changed interval moves the checkpoints not yet claimed. When
 * the job missed several due moments only the latest is opened, so nobody gets a pile of sub-tasks at once. Only the
 * resolution counts: an item re-planned to a later due date is still open. A checkpoint never opens while an earlier one
 * of the incident is still open.
 */
public final class CheckpointPolicy {

    private final int intervalDays;

    public CheckpointPolicy(int intervalDays) {
        if (intervalDays < ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS
                || intervalDays > ProjectSettings.MAX_CHECKPOINT_INTERVAL_DAYS) {
            throw new IllegalArgumentException("checkpoint interval out of range: " + intervalDays);
        }
        this.intervalDays = intervalDays;
    }

    public static CheckpointPolicy of(ProjectSettings settings) {
        return new CheckpointPolicy(settings.checkpointIntervalDays());
    }

    public int intervalDays() {
        return intervalDays;
    }

    /** Days from the debrief to checkpoint {@code number}. */
    public long daysSinceDebrief(int number) {
        return (long) number * intervalDays;
    }

    public Instant dueAt(Instant heldAt, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("checkpoint numbers start at 1: " + number);
        }
        return heldAt.plus(Duration.ofDays(daysSinceDebrief(number)));
    }

    /**
     * The checkpoint to open now, if any: the latest one due by {@code now}, after {@code lastNumber}, with an item
     * still open at its due moment.
     */
    public OptionalInt dueNow(Instant heldAt, Instant now, int lastNumber, Collection<TrackedIssue> items) {
        OptionalInt latest = newlyDue(heldAt, now, () -> lastNumber);
        return latest.isPresent() && opens(heldAt, latest.getAsInt(), items) ? latest : OptionalInt.empty();
    }

    /**
     * The cheap half of {@link #dueNow}: the latest checkpoint due by {@code now} when it comes after the last one
     * claimed. {@code lastNumber} is read only when some checkpoint is due at all, so a job can ask this of every held
     * debrief before it searches any items.
     */
    public OptionalInt newlyDue(Instant heldAt, Instant now, IntSupplier lastNumber) {
        int latest = latestDue(heldAt, now);
        return latest > 0 && latest > lastNumber.getAsInt() ? OptionalInt.of(latest) : OptionalInt.empty();
    }

    /** The other half of {@link #dueNow}: checkpoint {@code number} opens when an item is still open at its due moment. */
    public boolean opens(Instant heldAt, int number, Collection<TrackedIssue> items) {
        return anyOpenAt(items, dueAt(heldAt, number));
    }

    /**
     * Whether a checkpoint that came due must wait: an earlier one of the incident is still open (claimed or opened,
     * not closed). At most one checkpoint per incident is open at once, so nobody gets two forms for the same items;
     * the waiting one opens at the first job run after the open one is closed.
     */
    public static boolean waitsForAnOpenCheckpoint(Collection<Checkpoint> history) {
        return history.stream().anyMatch(Checkpoint::isOpen);
    }

    /** When the next checkpoint after {@code now} will be due, or empty when no item is open any more. */
    public Optional<Instant> nextDue(Instant heldAt, Instant now, Collection<TrackedIssue> items) {
        if (!anyOpenAt(items, now)) {
            return Optional.empty();
        }
        return Optional.of(dueAt(heldAt, Math.max(latestDue(heldAt, now), 0) + 1));
    }

    /**
     * When the checkpoint job must look at a held debrief again after a run at {@code now} that left nothing waiting:
     * when the checkpoint after both the latest one due and the last one claimed comes due. Until then the job has
     * nothing to do for it, so it does not read it at all.
     */
    public Instant nextLook(Instant heldAt, Instant now, int lastNumber) {
        return dueAt(heldAt, Math.max(Math.max(latestDue(heldAt, now), lastNumber), 0) + 1);
    }

    /**
     * When the job must look again at a debrief whose last claimed checkpoint is {@code lastNumber}, without a run's
     * moment: when the next number comes due, which may already be past (then the next run looks at once).
     */
    public Instant nextLook(Instant heldAt, int lastNumber) {
        return dueAt(heldAt, Math.max(lastNumber, 0) + 1);
    }

    /**
     * The first moment any checkpoint of a debrief held at {@code heldAt} can come due, whatever interval its project
     * has (or will have): where a store schedules a newly held debrief before the job knows its project's interval.
     */
    public static Instant earliestFirstLook(Instant heldAt) {
        return heldAt.plus(Duration.ofDays(ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS));
    }

    private int latestDue(Instant heldAt, Instant now) {
        if (now.isBefore(heldAt)) {
            return 0;
        }
        long elapsedDays = Duration.between(heldAt, now).toDays();
        return (int) Math.min(Integer.MAX_VALUE, elapsedDays / intervalDays);
    }

    private static boolean anyOpenAt(Collection<TrackedIssue> items, Instant moment) {
        return items.stream().anyMatch(item -> item.openAt(moment));
    }
}
