// Mirrors: com.atlassian.jira.plugin.webfragment.model.JiraHelper from jira-api 11.3.1; source: [S1]
// condition/ProjectAdministrationCondition.java (getProject() returns Project in 11.3.1), [S6] (getContextParams,
// 9.12). Evidence: C11 / C(9.12)
// getRequest() (jakarta in 11: U) is omitted. Plugin tests mock JiraHelper.
package com.atlassian.jira.plugin.webfragment.model;

import com.atlassian.jira.project.Project;
import java.util.Map;

/** Request context handed to Jira web fragments ("issue" is in the context params on issue pages). */
public class JiraHelper {
    public JiraHelper() {}

    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Null when the page has no project. */
    public Project getProject() {
        throw new UnsupportedOperationException("stand-in");
    }
}
