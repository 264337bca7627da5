package io.debrief.plugin.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.LinkingRepeats;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.checkpoint.ClosingCheckpoints;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.common.RefusedException;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The HTML of an Incident's Timeline and Debrief tabs for one reader, whoever hosts them (Jira's issue tab panels,
 * the sandbox). Whether a tab shows follows core's {@link io.debrief.core.incident.IncidentAccess}: only for a
 * logged-in reader who may browse the issue, and only on Incidents.
 *
 * <p>The container builds one for the tab panels: instants in UTC until the reader's zone reaches the web layer (the
 * tab names the zone it shows), and issue links relative to Jira's context path, which the browser resolves against
 * the issue page.
 */
@Component
public final class IncidentTabs {

    private final GuardingIncidents incidents;
    private final TrackingActionItems actionItems;
    private final ClosingCheckpoints checkpoints;
    private final LinkingRepeats repeats;
    private final KeepingTime time;
    private final Views views;
    private final Messages messages;
    private final IncidentPages pages;
    private final String contextPath;

    @Inject
    public IncidentTabs(
            GuardingIncidents incidents,
            RecordingTimeline timeline,
            WritingDebrief debriefs,
            TrackingActionItems actionItems,
            ClosingCheckpoints checkpoints,
            LinkingRepeats repeats,
            KeepingTime time,
            Views views,
            Messages messages) {
        this(
                incidents,
                timeline,
                debriefs,
                actionItems,
                checkpoints,
                repeats,
                time,
                views,
                messages,
                ZoneId.of("UTC"),
                "");
    }

    /**
     * @param zone the zone instants are shown in
     * @param contextPath the host's context path ("" or "/jira"): links to issues start with it
     */
    public IncidentTabs(
            GuardingIncidents incidents,
            RecordingTimeline timeline,
            WritingDebrief debriefs,
            TrackingActionItems actionItems,
            ClosingCheckpoints checkpoints,
            LinkingRepeats repeats,
            KeepingTime time,
            Views views,
            Messages messages,
            ZoneId zone,
            String contextPath) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.repeats = Objects.requireNonNull(repeats, "repeats");
        this.time = Objects.requireNonNull(time, "time");
        this.views = Objects.requireNonNull(views, "views");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.pages = new IncidentPages(timeline, debriefs, actionItems, messages, zone);
        this.contextPath = contextPath == null ? "" : contextPath;
    }

    /** Whether the tabs belong on this issue for this reader: an Incident they may read (anonymous may not). */
    public boolean shows(String issueKey, Viewer viewer) {
        try {
            incidents.toRead(issueKey, viewer);
            return true;
        } catch (RefusedException refused) {
            return false;
        }
    }

    /**
     * The tab's HTML; a calm message instead when core refuses (the issue changed since the page loaded). The Debrief
     * tab carries, at its top, earlier incidents whose debrief items are still open (the repeat loop), then the
     * debrief itself (with export links once published), its action items and its checkpoints: the whole follow-up
     * of one incident in one place.
     */
    public String html(Tab tab, String issueKey, Viewer viewer) {
        try {
            if (tab == Tab.TIMELINE) {
                return views.render(tab.webResourceKey(), tab.template(), pages.timelineTab(issueKey, viewer));
            }
            Map<String, Object> debrief = new LinkedHashMap<>(pages.debriefTab(issueKey, viewer));
            debrief.put("contextPath", contextPath);
            return SharingViewData.repeat(repeats.repeatCheck(issueKey, viewer), views, contextPath)
                    + views.render(tab.webResourceKey(), tab.template(), debrief)
                    + SharingViewData.exportLinks(debrief, views, contextPath)
                    + views.render(
                            FOLLOWUP_RESOURCE,
                            "Debrief.Followup.actionItems",
                            FollowupViewData.actionItems(
                                    actionItems.list(issueKey, viewer), viewer, time.clock(), contextPath))
                    + views.render(
                            FOLLOWUP_RESOURCE,
                            "Debrief.Followup.checkpoints",
                            FollowupViewData.checkpoints(
                                    checkpoints.checkpoints(issueKey, viewer), viewer, time.clock(), contextPath));
        } catch (RefusedException refused) {
            return refusal(refused);
        }
    }

    private static final String FOLLOWUP_RESOURCE = "debrief-followup";

    private String refusal(RefusedException refused) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "info");
        data.put("text", messages.text(refused.messageKey(), refused.args().toArray()));
        return views.render("debrief-common", "Debrief.Common.message", data);
    }

    /** The two tabs of an Incident, with the web-resources that hold each one's templates, JS and CSS. */
    public enum Tab {
        TIMELINE(IncidentPages.TIMELINE_RESOURCE, IncidentPages.TIMELINE_TEMPLATE, List.of()),
        // debrief-checkpoints pulls in debrief-followup: the action items and checkpoints sections' JS and CSS
        DEBRIEF(
                IncidentPages.DEBRIEF_RESOURCE,
                IncidentPages.DEBRIEF_TEMPLATE,
                List.of("debrief-checkpoints", SharingViewData.RESOURCE));

        private final String webResourceKey;
        private final String template;
        private final List<String> alsoRequired;

        Tab(String webResourceKey, String template, List<String> alsoRequired) {
            this.webResourceKey = webResourceKey;
            this.template = template;
            this.alsoRequired = alsoRequired;
        }

        /** The key of the web-resource in atlassian-plugin.xml (without the plugin key) holding the tab's template. */
        public String webResourceKey() {
            return webResourceKey;
        }

        /** Every web-resource the tab's page needs: its own and those of the sections it shows. */
        public List<String> webResources() {
            List<String> all = new ArrayList<>();
            all.add(webResourceKey);
            all.addAll(alsoRequired);
            return List.copyOf(all);
        }

        public String template() {
            return template;
        }
    }
}
