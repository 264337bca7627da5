package io.debrief.plugin.review.index;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.DebriefApplication;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the item index right with what Jira holds: every labelled issue is written again (project by project, as the
 * system) and every kept item Jira no longer labels is forgotten. Safe to run on any node and again at any time.
 */
@Component
public class ItemIndexReconcileJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ItemIndexReconcileJob.class);

    private final DebriefApplication application;
    private final JiraItemFeed feed;
    private final ItemIndex index;

    @Inject
    public ItemIndexReconcileJob(DebriefApplication application, JiraItemFeed feed, ItemIndex index) {
        this.application = application;
        this.feed = feed;
        this.index = index;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int forgotten = reconcile();
            return JobRunnerResponse.success("item index reconciled, " + forgotten + " forgotten");
        } catch (RuntimeException e) {
            LOG.error("Debrief item index reconcile failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** Runs the reconcile now; returns how many kept items were forgotten (0 without an index). */
    public int reconcile() {
        return application
                .itemIndexing()
                .map(indexing -> indexing.reconcile(everyItem()))
                .orElse(0);
    }

    /** Every labelled issue in Jira, read when the reconcile asks. */
    public ItemIndexing.Feed everyItem() {
        return each -> feed.everyItem(application.settings().global().label(), index.projects(), each);
    }
}
