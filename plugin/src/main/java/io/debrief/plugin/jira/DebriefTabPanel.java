package io.debrief.plugin.jira;

import com.atlassian.jira.issue.tabpanels.GenericMessageAction;
import com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3;
import com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.incident.IncidentTabs;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * The "Debrief" tab of an Incident issue: shown to readers core's IncidentAccess lets read (never anonymous), its
 * HTML rendered by the web layer ({@link IncidentTabs}) so the sandbox shows the same tab.
 */
public class DebriefTabPanel extends AbstractIssueTabPanel3 {

    private static final IncidentTabs.Tab TAB = IncidentTabs.Tab.DEBRIEF;

    private final IncidentTabs tabs;
    private final ViewerProvider viewers;
    private final PageBuilderService pageBuilder;

    @Inject
    public DebriefTabPanel(DebriefApplication app, Views views, Messages messages, ViewerProvider viewers,
            @ComponentImport PageBuilderService pageBuilder) {
        // UTC until the reader's zone reaches the web layer; the tab names the zone it shows
        this.tabs = new IncidentTabs(app, views, messages, ZoneId.of("UTC"));
        this.viewers = viewers;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public boolean showPanel(ShowPanelRequest request) {
        return !request.isAnonymous() && tabs.shows(request.issue().getKey(), viewers.current());
    }

    @Override
    public List<IssueAction> getActions(GetActionsRequest request) {
        pageBuilder.assembler().resources().requireWebResource(JiraViews.PLUGIN_KEY + ":" + TAB.webResourceKey());
        return List.of(new GenericMessageAction(tabs.html(TAB, request.issue().getKey(), viewers.current())));
    }
}
