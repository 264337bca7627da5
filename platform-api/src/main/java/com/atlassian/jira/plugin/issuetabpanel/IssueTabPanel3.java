// Mirrors: com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel3 (@PublicSpi, since 6.0) from jira-api 11.3.1; source:
// [S4] plugin/issuetabpanel/IssueTabPanel3.java (6.3); still documented in [S10]
// https://developer.atlassian.com/server/jira/platform/issue-tab-panel/ (2025-12). Evidence: C(6.3); complete abstract
// method set
package com.atlassian.jira.plugin.issuetabpanel;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** An issue tab (next to Comments/History); implement via AbstractIssueTabPanel3. */
public interface IssueTabPanel3 {
    void init(IssueTabPanelModuleDescriptor descriptor);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S4] plugin/issuetabpanel/IssueTabPanel3.java (6.3), still documented in [S10] https://developer.atlassian.com/server/jira/platform/issue-tab-panel/ (2025-12)")
    boolean showPanel(ShowPanelRequest request);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S4] plugin/issuetabpanel/IssueTabPanel3.java (6.3), still documented in [S10] https://developer.atlassian.com/server/jira/platform/issue-tab-panel/ (2025-12)")
    List<IssueAction> getActions(GetActionsRequest request);
}
