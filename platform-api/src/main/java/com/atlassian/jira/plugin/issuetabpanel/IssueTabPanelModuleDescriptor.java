// Mirrors: com.atlassian.jira.plugin.issuetabpanel.IssueTabPanelModuleDescriptor from jira-api 11.3.1; source: [S4]
// (6.3), [S10]. Evidence: C(existence)
// No members declared: the plugin only passes it to AbstractIssueAction. getI18nBean() (used in the S10 example) is U
// for 11 and left out.
package com.atlassian.jira.plugin.issuetabpanel;

/** The {@code <issue-tabpanel>} module descriptor. */
public interface IssueTabPanelModuleDescriptor {}
