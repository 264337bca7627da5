// Mirrors: com.atlassian.jira.plugin.webfragment.conditions.AbstractWebCondition from jira-api 11.3.1; source: [S1]
// condition/*.java (11.3.1). Evidence: C11
package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/** Condition base that hands subclasses the current user and a JiraHelper. */
public abstract class AbstractWebCondition implements Condition {
    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no module params by default
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper);
}
