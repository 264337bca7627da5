package io.debrief.plugin.insights;

import io.debrief.core.insights.IncidentIndexing;
import io.debrief.core.review.IndexedItem;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.jira.JiraIncidentFeed;
import io.debrief.plugin.persistence.AoDebriefStore;
import io.debrief.plugin.persistence.AoTimelineStore;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the incident index from Jira and the stores: it asks the timeline and debrief stores to tell it of every
 * write and writes that incident again (one incident's handful of indexed reads), and it serves the listener and the
 * fill. A failure never fails the change that caused it: the next change or a fill puts the row right.
 */
@Component
public class IncidentIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentIndexer.class);

    private final IncidentIndexing indexing;
    private final JiraIncidentFeed feed;
    private final AoTimelineStore timelines;
    private final AoDebriefStore debriefs;

    @Inject
    public IncidentIndexer(
            InsightsApplication insights, JiraIncidentFeed feed, AoTimelineStore timelines, AoDebriefStore debriefs) {
        this.indexing = insights.indexing();
        this.feed = feed;
        this.timelines = timelines;
        this.debriefs = debriefs;
    }

    @PostConstruct
    void listen() {
        timelines.whenChanged(this::refresh);
        debriefs.whenChanged(this::refresh);
    }

    /** Writes the incident again, or forgets it when Jira no longer holds it. */
    public void refresh(long incidentId) {
        try {
            feed.seen(incidentId)
                    .ifPresentOrElse(seen -> indexing.refresh(incidentId, seen), () -> indexing.forget(incidentId));
        } catch (RuntimeException e) {
            LOG.warn("Debrief: could not update the incident index for incident {}", incidentId, e);
        }
    }

    /** An action item changed: its incident is written again with the item as Jira now holds it. */
    public void itemChanged(IndexedItem item) {
        if (item.incident() == null) {
            return;
        }
        try {
            feed.seen(item.incident().id()).ifPresent(seen -> indexing.itemChanged(item, seen));
        } catch (RuntimeException e) {
            LOG.warn(
                    "Debrief: could not update the incident index for item {}",
                    item.item().key(),
                    e);
        }
    }

    /** Every incident in Jira written again, and kept ones Jira no longer holds forgotten; returns how many. */
    public int fill() {
        return indexing.reconcile(feed::everyIncident);
    }
}
