// Mirrors: com.atlassian.jira.workflow.TransitionOptions from jira-api 11.3.1; source: [S4]
// workflow/TransitionOptions.java (6.3, @PublicApi), parameter type in [S3] mocks/MockIssueService.java (8.20).
// Evidence: C(6.3)
// Declared only as a parameter type, so that IssueService.validateTransition and
// IssueWorkflowManager.getAvailableActions
// carry every overload of their names (platform-api README, "every overload"). The plugin never builds one.
package com.atlassian.jira.workflow;

/** Options for a workflow transition (skip conditions, validators, permissions). */
public class TransitionOptions {
    private TransitionOptions() {}
}
