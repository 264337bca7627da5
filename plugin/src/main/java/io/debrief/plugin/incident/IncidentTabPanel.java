package io.debrief.plugin.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.tabpanels.GenericMessageAction;
import com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3;
import com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import java.time.ZoneId;
import java.util.List;

/**
 * An issue tab of an Incident: shown to readers core's IncidentAccess lets read (never anonymous), its HTML rendered
 * by the web layer ({@link IncidentTabs}) so the sandbox shows the same tab. One subclass per tab, as Jira's
 * {@code issue-tabpanel} module names a class.
 */
abstract class IncidentTabPanel extends AbstractIssueTabPanel3 {

    private final IncidentTabs.Tab tab;
    private final IncidentTabs tabs;
    private final ViewerProvider viewers;
    private final PageResources resources;

    IncidentTabPanel(IncidentTabs.Tab tab, DebriefApplication app, Views views, Messages messages,
            ViewerProvider viewers, PageResources resources) {
        this.tab = tab;
        // UTC until the reader's zone reaches the web layer; the tab names the zone it shows. Issue links in the
        // tab are relative to Jira's context path, which the browser resolves against the issue page.
        this.tabs = new IncidentTabs(app, views, messages, ZoneId.of("UTC"), "");
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
