package io.debrief.plugin.library.security;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts right what the library knows of each published debrief's incident being secured: every one is read from Jira
 * as the system (one search per 500). Safe to run on any node and again at any time.
 */
@Component
public class IncidentSecurityReconcileJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentSecurityReconcileJob.class);

    private final JiraLibrarySecurity security;

    @Inject
    public IncidentSecurityReconcileJob(JiraLibrarySecurity security) {
        this.security = security;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int changed = security.reconcile();
            return JobRunnerResponse.success("incident security reconciled, " + changed + " changed");
        } catch (RuntimeException e) {
            LOG.error("Debrief incident security reconcile failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
