// Mirrors: com.atlassian.jira.issue.IssueInputParameters from jira-api 11.3.1; source: [S3] cures-condec-jira
// mocks/MockIssueInputParameters.java (8.20, full list). Evidence: C(8.20)
// There is no setLabels and no setParentId in the real interface: labels go through LabelManager, parents through
// validateSubTaskCreate.
package com.atlassian.jira.issue;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Field values for IssueService create/update/transition; setters are fluent. */
public interface IssueInputParameters {
    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setProjectId(Long projectId);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setIssueTypeId(String issueTypeId);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setSummary(String summary);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setDescription(String description);

    /** Whether Jira expects the username or the user key here is unconfirmed for 11: test on a real instance. */
    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setAssigneeId(String assigneeId);

    /** Username or user key, as for the assignee: unconfirmed for 11 (the plugin passes the username). */
    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setReporterId(String reporterId);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setPriorityId(String priorityId);

    /** Parsed with the date-picker format of the instance, not ISO (unconfirmed). */
    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setDueDate(String dueDate);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setResolutionId(String resolutionId);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    IssueInputParameters setComment(String comment);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, @Override), [S4] issue/IssueInputParameters.java (6.3)")
    IssueInputParameters setComment(String comment, Long projectRoleId);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, @Override), [S4] issue/IssueInputParameters.java (6.3)")
    IssueInputParameters setComment(String comment, String groupId);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldId, String... values);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    void setSkipScreenCheck(boolean skipScreenCheck);

    void setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list)")
    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValuesWhenParameterNotProvided);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, @Override), [S4] issue/IssueInputParameters.java (6.3)")
    void setRetainExistingValuesWhenParameterNotProvided(
            boolean retainExistingValues, boolean onlyValidatePresentFields);
}
