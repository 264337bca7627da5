// Mirrors: com.atlassian.jira.plugin.issuetabpanel.IssueAction from jira-api 11.3.1; source: [S4]
// plugin/issuetabpanel/IssueAction.java (6.3). Evidence: C(6.3); complete abstract method set
package com.atlassian.jira.plugin.issuetabpanel;

import java.util.Date;

/** One block of HTML in an issue tab. */
public interface IssueAction {
    String getHtml();

    Date getTimePerformed();

    boolean isDisplayActionAllTab();
}
