// Mirrors: com.atlassian.jira.plugin.webfragment.conditions.AbstractIssueWebCondition from jira-api 11.3.1; source:
// [S1] condition/*.java (11.3.1). Evidence: C11
package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;

/** Condition base for issue pages: subclasses also receive the issue. */
public abstract class AbstractIssueWebCondition extends AbstractWebCondition {
    @Override
    public boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper) {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract boolean shouldDisplay(ApplicationUser user, Issue issue, JiraHelper jiraHelper);
}
