// Mirrors: com.atlassian.jira.plugin.issuetabpanel.GenericMessageAction from jira-api 11.3.1; source: [S4] (6.3), used in the [S10] example. Evidence: C(6.3)
// getHtml/isDisplayActionAllTab return the real values (HTML as given, false) so tab tests can inspect them.
package com.atlassian.jira.plugin.issuetabpanel;

import java.util.Date;

/** An issue action showing a fixed HTML message (not escaped: escape user text first). */
public class GenericMessageAction implements IssueAction {
    private final String message;

    public GenericMessageAction(String message) {
        this.message = message;
    }

    @Override
    public String getHtml() {
        return message;
    }

    @Override
    public Date getTimePerformed() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isDisplayActionAllTab() {
        return false;
    }
}
