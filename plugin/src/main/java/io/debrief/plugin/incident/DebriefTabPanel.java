package io.debrief.plugin.incident;

import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.view.PageResources;
import jakarta.inject.Inject;

/** The "Debrief" tab of an Incident issue (module {@code debrief-debrief-tab}). */
public class DebriefTabPanel extends IncidentTabPanel {

    @Inject
    public DebriefTabPanel(IncidentTabs tabs, ViewerProvider viewers, PageResources resources) {
        super(IncidentTabs.Tab.DEBRIEF, tabs, viewers, resources);
    }
}
