package io.debrief.plugin.incident;

import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.view.PageResources;
import jakarta.inject.Inject;

/** The "Timeline" tab of an Incident issue (module {@code debrief-timeline-tab}). */
public class TimelineTabPanel extends IncidentTabPanel {

    @Inject
    public TimelineTabPanel(IncidentTabs tabs, ViewerProvider viewers, PageResources resources) {
        super(IncidentTabs.Tab.TIMELINE, tabs, viewers, resources);
    }
}
