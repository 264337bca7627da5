package io.debrief.plugin.insights;

import io.debrief.core.incident.Incidents;
import io.debrief.core.insights.IncidentIndex;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.persistence.AoDebriefStore;
import io.debrief.plugin.persistence.AoTimelineStore;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The composition of the insights (issue 16): the report and the incident index's upkeep, built once from their
 * stores and {@link DebriefApplication}'s settings and clock. Kept beside {@link DebriefApplication} so hosts without
 * insights build without it. It asks the timeline and debrief stores to tell it of every write, and writes the
 * incident again then: one incident's handful of indexed reads per write.
 */
@Component
public class InsightsApplication {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsApplication.class);

    private final Insights insights;
    private final IncidentIndexing indexing;
    private final InsightsSettings insightsSettings;
    private final JiraIncidentFeed feed;
    private final AoTimelineStore timelines;
    private final AoDebriefStore debriefs;

    @Inject
    public InsightsApplication(
            DebriefApplication app,
            IncidentIndex index,
            InsightsSettings insightsSettings,
            Incidents incidents,
            AoTimelineStore timelines,
            AoDebriefStore debriefs,
            ItemIndex items,
            ReviewDecisionLog decisions,
            JiraIncidentFeed feed) {
        this.insightsSettings = insightsSettings;
        this.feed = feed;
        this.timelines = timelines;
        this.debriefs = debriefs;
        this.insights = new Insights(index, insightsSettings, app.settings(), app.clock());
        this.indexing = new IncidentIndexing(index, incidents, timelines, debriefs, items, decisions);
    }

    /** Built from its parts (tests, hosts that keep the index themselves): no store is listened to, no fill runs. */
    public InsightsApplication(Insights insights, InsightsSettings insightsSettings, IncidentIndexing indexing) {
        this.insights = insights;
        this.insightsSettings = insightsSettings;
        this.indexing = indexing;
        this.feed = null;
        this.timelines = null;
        this.debriefs = null;
    }

    @PostConstruct
    void listen() {
        if (timelines != null) {
            timelines.whenChanged(this::refresh);
            debriefs.whenChanged(this::refresh);
        }
    }

    public Insights insights() {
        return insights;
    }

    public InsightsSettings settings() {
        return insightsSettings;
    }

    public IncidentIndexing indexing() {
        return indexing;
    }

    /** Writes the incident again; never fails the change that caused it (the next change or a fill puts it right). */
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
