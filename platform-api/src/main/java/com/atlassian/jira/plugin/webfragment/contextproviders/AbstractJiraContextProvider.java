// Mirrors: com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider from jira-api 11.3.1;
// source: [S6] webpanel/PullRequestWebPanel.java (9.12), [S4] (6.3). Evidence: C(9.12)
// The abstract method returns a raw Map as in 6.3: a subclass returning Map<String,Object> compiles against raw or
// generic.
package com.atlassian.jira.plugin.webfragment.contextproviders;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/** Context provider base that hands subclasses the current user and a JiraHelper. */
public abstract class AbstractJiraContextProvider implements ContextProvider {
    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        throw new UnsupportedOperationException("stand-in");
    }

    @SuppressWarnings("rawtypes")
    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);
}
