// Mirrors: com.atlassian.jira.config.IssueTypeManager from jira-api 11.3.1; source: [S3]
// mocks/MockIssueTypeManager.java (8.20), [S4] IssueTypeManager.java (6.3). Evidence: C(8.20); no checked exceptions
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/**
 * Creates and finds issue types. Every overload of the names the plugin calls is declared, the deprecated
 * {@code iconUrl} ones included, so a bare {@code null} argument is as ambiguous here as against the real jar.
 */
public interface IssueTypeManager {
    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-hub/cures-condec-jira mocks/MockIssueTypeManager.java (@Override, 8.20)")
    IssueType createIssueType(String name, String description, Long avatarId);

    /** @deprecated since 6.3 (use the avatar-id overload); still implemented with {@code @Override} by 8.20 mocks. */
    @Deprecated
    @Evidence(
            level = Level.OLDER,
            source = "[S4] IssueTypeManager.java (6.3, @deprecated), [S3] MockIssueTypeManager.java (@Override, 8.20)")
    IssueType createIssueType(String name, String description, String iconUrl);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-hub/cures-condec-jira mocks/MockIssueTypeManager.java (@Override, 8.20)")
    IssueType createSubTaskIssueType(String name, String description, Long avatarId);

    /** @deprecated since 6.3 (use the avatar-id overload); still implemented with {@code @Override} by 8.20 mocks. */
    @Deprecated
    @Evidence(
            level = Level.OLDER,
            source = "[S4] IssueTypeManager.java (6.3, @deprecated), [S3] MockIssueTypeManager.java (@Override, 8.20)")
    IssueType createSubTaskIssueType(String name, String description, String iconUrl);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-hub/cures-condec-jira mocks/MockIssueTypeManager.java (@Override, 8.20)")
    Collection<IssueType> getIssueTypes();

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-hub/cures-condec-jira mocks/MockIssueTypeManager.java (@Override, 8.20)")
    IssueType getIssueType(String id);
}
