package io.debrief.plugin.insights;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.jira.JiraIncidentFeed;
import io.debrief.plugin.review.index.JiraItemFeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes what issue events report into the incident index: an incident is written again on any of its events
 * (created, edited, resolved, moved); a labelled action item writes its incident again with the item as the event
 * carries it (one link lookup), so the order in which the item index's listener runs does not matter. Other issues
 * cost the type check. Missed events (bulk changes, deletes, moves, a disabled plugin) are put right by
 * {@link IncidentIndexReconcileJob} every six hours (and on an existing site first by {@link Upgrade05FillIncidentIndex}).
 */
@Component
public class IncidentIndexListener {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentIndexListener.class);

    private final EventPublisher events;
    private final JiraIncidentFeed incidents;
    private final JiraItemFeed items;
    private final InsightsApplication insights;
    private final IncidentIndexer indexer;

    @Inject
    public IncidentIndexListener(
            @ComponentImport EventPublisher events,
            JiraIncidentFeed incidents,
            JiraItemFeed items,
            InsightsApplication insights,
            IncidentIndexer indexer) {
        this.events = events;
        this.incidents = incidents;
        this.items = items;
        this.insights = insights;
        this.indexer = indexer;
    }

    @PostConstruct
    void register() {
        events.register(this);
    }

    @PreDestroy
    void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (event.getEventTypeId() == null || issue == null) {
            return;
        }
        try {
            if (incidents.isIncident(issue)) {
                indexer.refresh(issue.getId());
            } else if (hasLabel(issue, insights.debriefSettings().global().label())) {
                ItemIndexing.Seen seen = items.seen(issue);
                indexer.itemChanged(IndexedItem.of(
                        seen.issue(), seen.secured(), insights.clock().getZone()));
            }
        } catch (RuntimeException e) {
            // never break the user's change because of the index
            LOG.warn("Debrief: could not update the incident index for {}", issue.getKey(), e);
        }
    }

    private static boolean hasLabel(Issue issue, String label) {
        if (issue.getLabels() == null) {
            return false;
        }
        for (Label each : issue.getLabels()) {
            if (label.equals(each.getLabel())) {
                return true;
            }
        }
        return false;
    }
}
