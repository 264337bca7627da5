// Mirrors: com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager from jira-api 11.3.1; source: [S4]
// issue/fields/config/manager/IssueTypeSchemeManager.java (6.3). Evidence: C(6.3)
// getDefaultIssueTypeScheme() is omitted: it returns FieldConfigScheme, which the plugin does not need.
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** Which issue types a project offers; adding a type to the default scheme. */
public interface IssueTypeSchemeManager {
    void addOptionToDefault(String issueTypeId);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
