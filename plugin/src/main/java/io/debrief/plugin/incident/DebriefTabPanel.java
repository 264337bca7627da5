package io.debrief.plugin.incident;

import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;

/** The "Debrief" tab of an Incident issue (module {@code debrief-debrief-tab}). */
public class DebriefTabPanel extends IncidentTabPanel {

    @Inject
    public DebriefTabPanel(DebriefApplication app, Views views, Messages messages, ViewerProvider viewers,
            PageResources resources) {
        super(IncidentTabs.Tab.DEBRIEF, app, views, messages, viewers, resources);
    }
}
