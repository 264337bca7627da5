package io.debrief.plugin.checkpoint;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.debrief.core.checkpoint.CheckpointRuns;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.RunningCheckpoints;
import io.debrief.core.common.KeepingTime;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduled checkpoint run: core's {@code OpenDueCheckpoints}, its report kept in the {@code JobRunLog} (idempotent: claims in the log keep two runs from
 * opening the same sub-task). A run that handled some incidents and failed others still succeeds, with the count in
 * its message; only a run that could not run at all fails.
 */
@Component
class CheckpointJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointJob.class);

    private final RunningCheckpoints checkpoints;
    private final KeepingTime time;
    private final JobRunLog runLog;

    @Inject
    CheckpointJob(RunningCheckpoints checkpoints, KeepingTime time, JobRunLog runLog) {
        this.checkpoints = checkpoints;
        this.time = time;
        this.runLog = runLog;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            // recorded in the run log, so admins see every run's report on the settings page
            JobRunReport report = new CheckpointRuns(checkpoints, runLog, time.clock()).run();
            report.failed()
                    .forEach(failure ->
                            LOG.warn("Debrief checkpoint job: {} failed: {}", failure.incident(), failure.reason()));
            return JobRunnerResponse.success(summary(report));
        } catch (RuntimeException e) {
            LOG.error("Debrief checkpoint job failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    static String summary(JobRunReport report) {
        return "opened " + report.opened() + ", repaired " + report.repaired() + ", skipped " + report.skipped()
                + ", failed " + report.failed().size() + " in " + report.took().toMillis() + " ms";
    }
}
