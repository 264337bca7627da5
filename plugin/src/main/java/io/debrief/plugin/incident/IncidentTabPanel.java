package io.debrief.plugin.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.tabpanels.GenericMessageAction;
import com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3;
import com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.view.PageResources;
import java.util.List;

/**
 * An issue tab of an Incident: shown to readers core's {@link io.debrief.core.incident.IncidentAccess} lets read (never anonymous), its HTML rendered
 * by the web layer ({@link IncidentTabs}) so the sandbox shows the same tab. One subclass per tab, as Jira's
 * {@code issue-tabpanel} module names a class.
 */
abstract class IncidentTabPanel extends AbstractIssueTabPanel3 {

    private final IncidentTabs.Tab tab;
    private final IncidentTabs tabs;
    private final ViewerProvider viewers;
    private final PageResources resources;

    IncidentTabPanel(IncidentTabs.Tab tab, IncidentTabs tabs, ViewerProvider viewers, PageResources resources) {
        this.tab = tab;
        this.tabs = tabs;
        this.viewers = viewers;
        this.resources = resources;
    }

    @Override
    public boolean showPanel(ShowPanelRequest request) {
        return !request.isAnonymous() && tabs.shows(request.issue().getKey(), viewers.current());
    }

    /**
     * One action holding the tab's HTML. Jira's {@code GenericMessageAction} renders that HTML through its own
     * Velocity template (via ComponentAccessor), so what the tab shows is tested at {@link #html}, never through the
     * action's {@code getHtml()}.
     */
    @Override
    public List<IssueAction> getActions(GetActionsRequest request) {
        return List.of(new GenericMessageAction(html(request.issue())));
    }

    /** The tab's HTML for the current reader, with its web-resources required for however the tab is loaded. */
    String html(Issue issue) {
        tab.webResources().forEach(resources::require);
        return tabs.html(tab, issue.getKey(), viewers.current());
    }
}
