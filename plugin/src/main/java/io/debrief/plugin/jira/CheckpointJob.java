package io.debrief.plugin.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.plugin.DebriefApplication;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduled checkpoint run: core's {@code OpenDueCheckpoints} (idempotent: claims in the log keep two runs from
 * opening the same sub-task). A run that handled some incidents and failed others still succeeds, with the count in
 * its message; only a run that could not run at all fails.
 */
@Component
class CheckpointJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointJob.class);

    private final DebriefApplication application;

    @Inject
    CheckpointJob(DebriefApplication application) {
        this.application = application;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            JobRunReport report = application.checkpoints().run();
            report.failed().forEach(failure ->
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
