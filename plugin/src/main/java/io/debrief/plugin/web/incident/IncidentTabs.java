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

    /** The Timeline tab; a calm message instead when core refuses (the issue changed since the page loaded). */
    public String timeline(String issueKey, Viewer viewer) {
        try {
            return views.render(IncidentPages.TIMELINE_RESOURCE, IncidentPages.TIMELINE_TEMPLATE,
                    pages.timelineTab(issueKey, viewer));
        } catch (RefusedException refused) {
            return refusal(refused);
        }
    }

    /** The Debrief tab; a calm message instead when core refuses. */
    public String debrief(String issueKey, Viewer viewer) {
        try {
            return views.render(IncidentPages.DEBRIEF_RESOURCE, IncidentPages.DEBRIEF_TEMPLATE,
                    pages.debrief(issueKey, viewer));
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
}
