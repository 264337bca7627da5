package io.debrief.plugin.followthrough;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.debrief.core.followthrough.FollowUpReport;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The daily follow-through run: reminders and weekly digests, each claimed before it is sent (never twice). */
@Component
class FollowUpJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUps followUps;

    @Inject
    FollowUpJob(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            FollowUpReport report = followUps.sending().run();
            return JobRunnerResponse.success("reminders " + report.remindersSent() + ", digests "
                    + report.digestsSent() + ", already sent " + report.alreadySent() + ", opted out "
                    + report.optedOut());
        } catch (RuntimeException e) {
            LOG.error("Debrief follow-through job failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
