package io.debrief.plugin.web.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.RefusedException;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HTML of an Incident's Timeline and Debrief tabs for one reader, whoever hosts them (Jira's issue tab panels,
 * the sandbox). Whether a tab shows follows core's {@link io.debrief.core.incident.IncidentAccess}: only for a
 * logged-in reader who may browse the issue, and only on Incidents.
 */
public final class IncidentTabs {

    private final DebriefApplication app;
    private final Views views;
    private final Messages messages;
    private final IncidentPages pages;

    public IncidentTabs(DebriefApplication app, Views views, Messages messages, ZoneId zone) {
        this.app = Objects.requireNonNull(app, "app");
        this.views = Objects.requireNonNull(views, "views");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.pages = new IncidentPages(app, messages, zone);
    }

    /** Whether the tabs belong on this issue for this reader: an Incident they may read (anonymous may not). */
    public boolean shows(String issueKey, Viewer viewer) {
        try {
            app.incidentAccess().toRead(issueKey, viewer);
            return true;
        } catch (RefusedException refused) {
            return false;
        }
    }

    /** The tab's HTML; a calm message instead when core refuses (the issue changed since the page loaded). */
    public String html(Tab tab, String issueKey, Viewer viewer) {
        try {
            Map<String, Object> data = tab == Tab.TIMELINE
                    ? pages.timelineTab(issueKey, viewer)
                    : pages.debrief(issueKey, viewer);
            return views.render(tab.webResourceKey(), tab.template(), data);
        } catch (RefusedException refused) {
            return refusal(refused);
        }
    }

    private String refusal(RefusedException refused) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "info");
        data.put("text", messages.text(refused.messageKey(), refused.args().toArray()));
        return views.render("debrief-common", "Debrief.Common.message", data);
    }

    /** The two tabs of an Incident, with the web-resource that holds each one's templates, JS and CSS. */
    public enum Tab {
        TIMELINE(IncidentPages.TIMELINE_RESOURCE, IncidentPages.TIMELINE_TEMPLATE),
        DEBRIEF(IncidentPages.DEBRIEF_RESOURCE, IncidentPages.DEBRIEF_TEMPLATE);

        private final String webResourceKey;
        private final String template;

        Tab(String webResourceKey, String template) {
            this.webResourceKey = webResourceKey;
            this.template = template;
        }

        /** The key of the web-resource in atlassian-plugin.xml (without the plugin key). */
        public String webResourceKey() {
            return webResourceKey;
        }

        public String template() {
            return template;
        }
    }
}
