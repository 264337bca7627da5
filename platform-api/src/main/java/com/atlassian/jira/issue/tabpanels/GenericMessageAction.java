// Mirrors: com.atlassian.jira.issue.tabpanels.GenericMessageAction from jira-api 11.3.1; source: [S4]
// turgaycelik/mysource jira-api/.../issue/tabpanels/GenericMessageAction.java (6.3), used in the [S10] example.
// Evidence: C(6.3)
// The real getHtml renders templates/plugins/jira/issuetabpanels/generic-message.vm through
// ComponentAccessor.getComponent(VelocityTemplatingEngine.class) (6.x source, find_string "public class
// GenericMessageAction"), which places the message, unescaped, in Jira's own wrapper markup. getHtml here returns the
// message alone (the minimal real behaviour the sandbox host renders a tab with, issue 12); plugin tests assert on the
// plugin's own rendering, never on this body (StandInBodiesTest lists the type with this evidence).
package com.atlassian.jira.issue.tabpanels;

import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Date;
import java.util.Objects;

/** An issue action showing a fixed HTML message (not escaped: escape user text first). */
public class GenericMessageAction implements IssueAction {
    private final String message;

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S4] turgaycelik/mysource jira-api/.../issue/tabpanels/GenericMessageAction.java (6.3), used in the [S10] example")
    public GenericMessageAction(String message) {
        this.message = Objects.requireNonNull(message, "message");
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
        throw new UnsupportedOperationException("stand-in");
    }
}
