package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The checkpoint job's body: opens every checkpoint that has come due, safely on any number of nodes at once.
 *
 * <p>Each checkpoint is claimed in the log before its sub-task is created, so two runs never both create one; a claim
 * left without a sub-task by a crash (and older than {@link #STALE_CLAIM_AFTER}) is taken over by the next run, which
 * finds the sub-task if the tracker already has it and creates it otherwise.
 * A failing incident is reported and skipped (and looked at again on the next run).
 *
 * <p>A run reads only the held debriefs whose next look has come ({@link HeldDebriefs#dueBy}); after looking at one it
 * moves its next look to when its next checkpoint comes due ({@link CheckpointPolicy#nextLook}).
 */
public final class OpenDueCheckpoints implements RunningCheckpoints {

    static final int PAGE_SIZE = 100;
    static final int RECONCILE_LIMIT = 500;
    /** A claim younger than this may belong to a run still in progress on another node, so it is left alone. */
    static final Duration STALE_CLAIM_AFTER = Duration.ofMinutes(30);

    private final HeldDebriefs heldDebriefs;
    private final CheckpointLog log;
    private final IssueTracker tracker;
    private final Settings settings;
    private final Clock clock;

    public OpenDueCheckpoints(
            HeldDebriefs heldDebriefs, CheckpointLog log, IssueTracker tracker, Settings settings, Clock clock) {
        this.heldDebriefs = Objects.requireNonNull(heldDebriefs, "heldDebriefs");
        this.log = Objects.requireNonNull(log, "log");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public JobRunReport run() {
        Instant started = clock.instant();
        Tally tally = new Tally(new SettingsOfOneRun(settings), heldDebriefs.plannedIntervals());
        replanChangedProjects(tally);
        repairUnfinishedClaims(tally);
        long after = 0;
        List<HeldDebrief> page;
        do {
            // only the debriefs whose next look has come: with nothing due this reads one index range and no row
            page = heldDebriefs.dueBy(started, after, PAGE_SIZE);
            for (HeldDebrief debrief : page) {
                try {
                    openIfDue(debrief, tally);
                } catch (RuntimeException e) {
                    tally.failed.add(new JobRunReport.Failure(debrief.incident(), describe(e)));
                }
                after = debrief.incident().id();
            }
        } while (page.size() == PAGE_SIZE);
        return new JobRunReport(
                tally.opened, tally.repaired, tally.skipped, tally.failed, Duration.between(started, clock.instant()));
    }

    /** A project whose interval (or taking part) changed since its next looks were planned is planned again. */
    private void replanChangedProjects(Tally tally) {
        for (Map.Entry<String, Integer> planned : List.copyOf(tally.planned.entrySet())) {
            int interval = plannedInterval(planned.getKey(), tally);
            if (interval != planned.getValue()) {
                heldDebriefs.replan(planned.getKey(), interval);
                tally.planned.put(planned.getKey(), interval);
            }
        }
    }

    private static int plannedInterval(String projectKey, Tally tally) {
        return tally.settings.takesPart(projectKey)
                ? tally.settings.forProject(projectKey).checkpointIntervalDays()
                : HeldDebriefs.NOT_TAKING_PART;
    }

    /** Moves the debrief's next look on, planning its project first if no debrief of it was planned before. */
    private void scheduleNext(HeldDebrief debrief, CheckpointPolicy policy, int lastNumber, Tally tally) {
        String project = debrief.incident().projectKey();
        if (!tally.planned.containsKey(project)) {
            int interval = plannedInterval(project, tally);
            heldDebriefs.recordPlan(project, interval);
            tally.planned.put(project, interval);
        }
        heldDebriefs.scheduleNext(
                debrief.incident(), lastNumber, policy.nextLook(debrief.heldAt(), clock.instant(), lastNumber));
    }

    private void repairUnfinishedClaims(Tally tally) {
        Instant now = clock.instant();
        for (Checkpoint claim : log.unfinishedClaims(now.minus(STALE_CLAIM_AFTER), RECONCILE_LIMIT)) {
            try {
                if (!log.reclaim(claim.incident(), claim.number(), claim.claimedAt(), now)) {
                    continue;
                }
                HeldDebrief debrief = heldDebriefs
                        .find(claim.incident())
                        .orElse(new HeldDebrief(claim.incident(), claim.claimedAt(), null));
                IssueRef subTask = tracker.findCheckpointSubTask(claim.incident(), claim.number())
                        .orElseGet(() -> createSubTask(debrief, claim.number(), claim.dueAt(), tally.settings));
                log.markOpened(claim.incident(), claim.number(), subTask);
                tally.repaired++;
            } catch (RuntimeException e) {
                tally.failed.add(new JobRunReport.Failure(claim.incident(), describe(e)));
            }
        }
    }

    private void openIfDue(HeldDebrief debrief, Tally tally) {
        IssueRef incident = debrief.incident();
        CheckpointPolicy policy = CheckpointPolicy.of(tally.settings.forProject(incident.projectKey()));
        if (!tally.settings.takesPart(incident.projectKey())) {
            scheduleNext(debrief, policy, log.lastNumber(incident), tally);
            return;
        }
        Instant now = clock.instant();
        int lastNumber = log.lastNumber(incident);
        OptionalInt due = policy.newlyDue(debrief.heldAt(), now, () -> lastNumber);
        if (due.isEmpty()) {
            scheduleNext(debrief, policy, lastNumber, tally);
            return;
        }
        int number = due.getAsInt();
        if (CheckpointPolicy.waitsForAnOpenCheckpoint(log.history(incident))) {
            // left due: looked at again on every run until the open checkpoint is closed, as before the index
            return;
        }
        List<TrackedIssue> items = tracker.allDebriefItems(
                ItemSearch.allOfIncident(tally.settings.global().label(), incident), Audience.system());
        Instant dueAt = policy.dueAt(debrief.heldAt(), number);
        if (!policy.opens(debrief.heldAt(), number, items)) {
            // remembered, so the items are searched again only when the next number comes due, not on every run
            log.recordQuiet(incident, number, dueAt, clock.instant());
            scheduleNext(debrief, policy, number, tally);
            return;
        }
        if (!log.claim(incident, number, dueAt, clock.instant())) {
            // another node claimed it and moves the look on once its sub-task is there
            tally.skipped++;
            return;
        }
        log.markOpened(incident, number, createSubTask(debrief, number, dueAt, policy, items));
        scheduleNext(debrief, policy, number, tally);
        tally.opened++;
    }

    private IssueRef createSubTask(HeldDebrief debrief, int number, Instant dueAt, Settings runSettings) {
        CheckpointPolicy policy =
                CheckpointPolicy.of(runSettings.forProject(debrief.incident().projectKey()));
        List<TrackedIssue> items = tracker.allDebriefItems(
                ItemSearch.allOfIncident(runSettings.global().label(), debrief.incident()), Audience.system());
        return createSubTask(debrief, number, dueAt, policy, items);
    }

    private IssueRef createSubTask(
            HeldDebrief debrief, int number, Instant dueAt, CheckpointPolicy policy, List<TrackedIssue> items) {
        List<IssueRef> open = items.stream()
                .filter(TrackedIssue::isOpen)
                .map(TrackedIssue::ref)
                .toList();
        UserRef owner = debrief.owner();
        LocalDate due = LocalDate.ofInstant(dueAt, clock.getZone());
        CheckpointSummary summary = CheckpointSummary.of(number, policy.daysSinceDebrief(number), debrief.incident());
        return tracker.createCheckpointSubTask(
                new NewCheckpointSubTask(debrief.incident(), number, summary, open, owner, due));
    }

    /**
     * The failure and what caused it, innermost last ("UndeclaredThrowableException <- SQLException: deadlock
     * detected"): a wrapper alone, as a database proxy throws it, would not tell the admin what went wrong.
     */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        Throwable each = e;
        for (int depth = 0; each != null && depth < 4; depth++) {
            text.append(depth == 0 ? "" : " <- ").append(each.getClass().getSimpleName());
            if (each.getMessage() != null
                    && (each.getCause() == null || !each.getMessage().equals(String.valueOf(each.getCause())))) {
                text.append(": ").append(each.getMessage());
            }
            each = each.getCause() == each ? null : each.getCause();
        }
        return text.toString();
    }

    /** What one run counts, and the settings as it read them (once per project, not once per held debrief). */
    private static final class Tally {
        private final Settings settings;
        /** The stored planned intervals, kept up to date as this run plans projects. */
        private final Map<String, Integer> planned;

        private int opened;
        private int repaired;
        private int skipped;
        private final List<JobRunReport.Failure> failed = new ArrayList<>();

        private Tally(Settings settings, Map<String, Integer> planned) {
            this.settings = settings;
            this.planned = new HashMap<>(planned);
        }
    }
}
