package io.debrief.core.checkpoint;

import io.debrief.core.access.AdminAccess;
import io.debrief.core.access.Viewer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Runs the checkpoint job and keeps its report, and shows administrators the latest reports.
 *
 * <p>The scheduled job calls {@link #run()} instead of {@link RunningCheckpoints#run()} so every run is recorded.
 */
public final class CheckpointRuns {

    /** The most reports one request may ask for. */
    public static final int MAX_LATEST = 100;

    private final RunningCheckpoints job;
    private final JobRunLog log;
    private final Clock clock;

    public CheckpointRuns(RunningCheckpoints job, JobRunLog log, Clock clock) {
        this.job = Objects.requireNonNull(job, "job");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One run of the job; its report is recorded and returned. */
    public JobRunReport run() {
        JobRunReport report = job.run();
        log.record(report, clock.instant());
        return report;
    }

    /** The latest reports, newest first, for an administrator (anonymous 401, others 403); limit clamped to 1..100. */
    public List<JobRunLog.JobRun> latest(int limit, Viewer viewer) {
        AdminAccess.require(viewer);
        return log.latest(Math.max(1, Math.min(MAX_LATEST, limit)));
    }
}
