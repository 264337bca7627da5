package io.debrief.plugin;

import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.incident.Incidents;
import io.debrief.core.insights.IncidentIndex;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.settings.Settings;
import io.debrief.core.timeline.TimelineStore;
import jakarta.inject.Inject;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The composition of the insights (issue 16): the report and the incident index's upkeep, built once from their
 * stores and {@link DebriefApplication}'s settings and clock. Kept beside {@link DebriefApplication} so hosts without
 * insights build without it; the insights slice's {@code IncidentIndexer} feeds the upkeep from Jira and the stores.
 */
@Component
public class InsightsApplication {

    private final Insights insights;
    private final IncidentIndexing indexing;
    private final InsightsSettings insightsSettings;
    private final Settings debriefSettings;
    private final Clock clock;

    @Inject
    public InsightsApplication(
            DebriefApplication app,
            IncidentIndex index,
            InsightsSettings insightsSettings,
            Incidents incidents,
            TimelineStore timelines,
            DebriefStore debriefs,
            ItemIndex items,
            ReviewDecisionLog decisions) {
        this.insightsSettings = insightsSettings;
        this.debriefSettings = app.settings();
        this.clock = app.clock();
        this.insights = new Insights(index, insightsSettings, app.settings(), app.clock());
        this.indexing = new IncidentIndexing(index, incidents, timelines, debriefs, items, decisions);
    }

    /** Built from its parts (tests, hosts that keep the index themselves). */
    public InsightsApplication(
            Insights insights,
            InsightsSettings insightsSettings,
            IncidentIndexing indexing,
            Settings debriefSettings,
            Clock clock) {
        this.insights = insights;
        this.insightsSettings = insightsSettings;
        this.indexing = indexing;
        this.debriefSettings = debriefSettings;
        this.clock = clock;
    }

    public Insights insights() {
        return insights;
    }

    /** What a team is. */
    public InsightsSettings settings() {
        return insightsSettings;
    }

    /** The debrief settings (the label of action items), for the index's listener. */
    public Settings debriefSettings() {
        return debriefSettings;
    }

    /** The site's clock (its zone decides the day an item was created on). */
    public Clock clock() {
        return clock;
    }

    /** The incident index's upkeep. */
    public IncidentIndexing indexing() {
        return indexing;
    }
}
