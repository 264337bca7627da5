package io.debrief.plugin.insights;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.jira.JiraIncidentFeed;
import io.debrief.plugin.persistence.AoIncidentIndex;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the incident index right with what Jira holds now: every incident is written again through the same rule as
 * the listener's (project by project, read as the system), and every kept row of an issue Jira no longer holds as an
 * incident is forgotten, unless a search was cut short. It catches what no event reports: bulk edits of components,
 * labels or security levels, deleted issues, moved projects. Safe to run on any node and again at any time.
 */
@Component
public class IncidentIndexReconcileJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentIndexReconcileJob.class);

    private final IncidentIndexing indexing;
    private final IncidentIndexing.Feed everyIncident;

    @Inject
    public IncidentIndexReconcileJob(InsightsApplication insights, JiraIncidentFeed feed, AoIncidentIndex index) {
        this(insights.indexing(), each -> feed.everyIncident(index.projects(), each));
    }

    /** With the incidents read from somewhere other than Jira's whole answer (tests). */
    public IncidentIndexReconcileJob(IncidentIndexing indexing, IncidentIndexing.Feed everyIncident) {
        this.indexing = indexing;
        this.everyIncident = everyIncident;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int written = reconcile();
            return JobRunnerResponse.success("incident index reconciled, " + written + " written");
        } catch (RuntimeException e) {
            LOG.error("Debrief incident index reconcile failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** Runs the reconcile now; returns how many incidents were written. */
    public int reconcile() {
        return indexing.reconcile(everyIncident);
    }
}
