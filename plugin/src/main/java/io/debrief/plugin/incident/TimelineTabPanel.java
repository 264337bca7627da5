package io.debrief.plugin.incident;

import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;

/** The "Timeline" tab of an Incident issue (module {@code debrief-timeline-tab}). */
public class TimelineTabPanel extends IncidentTabPanel {

    @Inject
    public TimelineTabPanel(DebriefApplication app, Views views, Messages messages, ViewerProvider viewers,
            PageResources resources) {
        super(IncidentTabs.Tab.TIMELINE, app, views, messages, viewers, resources);
    }
}
