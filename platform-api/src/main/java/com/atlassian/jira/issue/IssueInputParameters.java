// Mirrors: com.atlassian.jira.issue.IssueInputParameters from jira-api 11.3.1; source: [S3] cures-condec-jira mocks/MockIssueInputParameters.java (8.20, full list). Evidence: C(8.20)
// There is no setLabels and no setParentId in the real interface: labels go through LabelManager, parents through validateSubTaskCreate.
package com.atlassian.jira.issue;

/** Field values for IssueService create/update/transition; setters are fluent. */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    /** Whether Jira expects the username or the user key here is unconfirmed for 11: test on a real instance. */
    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setPriorityId(String priorityId);

    /** Parsed with the date-picker format of the instance, not ISO (unconfirmed). */
    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters setResolutionId(String resolutionId);

    IssueInputParameters setComment(String comment);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldId, String... values);

    void setSkipScreenCheck(boolean skipScreenCheck);

    void setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);

    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValuesWhenParameterNotProvided);
}
