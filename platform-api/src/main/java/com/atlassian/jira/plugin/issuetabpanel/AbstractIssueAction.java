// Mirrors: com.atlassian.jira.plugin.issuetabpanel.AbstractIssueAction from jira-api 11.3.1; source: [S4] (6.3), [S6]
// alanmosely/basic-jira-development-panels tabpanel/PullRequestIssueAction.java (9.12). Evidence: C(6.3 source read),
// C(9.12)
// populateVelocityParams takes a raw Map on purpose: overriding it with a raw Map compiles whether Jira's parameter is
// raw or generic.
package com.atlassian.jira.plugin.issuetabpanel;

import java.util.Date;
import java.util.Map;

/** Base class of velocity-rendered issue actions; getHtml() renders the descriptor's "view" resource. */
public abstract class AbstractIssueAction implements IssueAction {
    protected final IssueTabPanelModuleDescriptor descriptor;

    public AbstractIssueAction(IssueTabPanelModuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public abstract Date getTimePerformed();

    @SuppressWarnings("rawtypes")
    protected abstract void populateVelocityParams(Map params);

    @Override
    public String getHtml() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isDisplayActionAllTab() {
        throw new UnsupportedOperationException("stand-in");
    }
}
