// Mirrors: com.atlassian.jira.event.type.EventDispatchOption from jira-api 11.3.1; source: [S4]
// event/type/EventDispatchOption.java (6.3, @PublicApi), parameter type in [S3] mocks/MockIssueService.java (8.20).
// Evidence: C(6.3)
// Declared only as a parameter type, so that IssueService.update carries every overload of its name (platform-api
// README, "every overload"). Its constants and Factory are not needed and not declared.
package com.atlassian.jira.event.type;

/** Whether (and which) event an issue operation dispatches. */
public interface EventDispatchOption {}
