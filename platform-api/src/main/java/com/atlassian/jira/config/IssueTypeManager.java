// Mirrors: com.atlassian.jira.config.IssueTypeManager from jira-api 11.3.1; source: [S3] mocks/MockIssueTypeManager.java (8.20). Evidence: C(8.20); no checked exceptions
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Creates and finds issue types (avatar-id overloads; the iconUrl ones are deprecated). */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
