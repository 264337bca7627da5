// Mirrors: com.atlassian.jira.plugin.issuetabpanel.AbstractIssueTabPanel3 from jira-api 11.3.1; source: [S4]
// plugin/issuetabpanel/AbstractIssueTabPanel3.java (6.3), [S10] example. Evidence: C(6.3)
package com.atlassian.jira.plugin.issuetabpanel;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Base class of issue tabs: keeps the descriptor; subclasses implement showPanel and getActions. */
public abstract class AbstractIssueTabPanel3 implements IssueTabPanel3 {
    protected IssueTabPanelModuleDescriptor descriptor;

    /** Written out (it is the implicit public one) only so it can carry its evidence. */
    @Evidence(
            level = Level.OLDER,
            source = "[S4] plugin/issuetabpanel/AbstractIssueTabPanel3.java (6.3), [S10] example")
    public AbstractIssueTabPanel3() {}

    @Override
    public void init(IssueTabPanelModuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }
}
