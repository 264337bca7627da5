package io.debrief.core.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the checkpoint job did on each run, kept so an admin can see that it runs and what failed. */
public interface JobRunLog {

    /** Remembers one run's report, stamped with when the run finished. */
    void record(JobRunReport report, Instant finishedAt);

    /** The {@code limit} most recent runs, newest first. */
    List<JobRun> latest(int limit);

    /** One recorded run. */
    record JobRun(Instant finishedAt, JobRunReport report) {
        public JobRun {
            Objects.requireNonNull(finishedAt, "finishedAt");
            Objects.requireNonNull(report, "report");
        }
    }
}
