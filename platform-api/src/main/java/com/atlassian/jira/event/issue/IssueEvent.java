// Mirrors: com.atlassian.jira.event.issue.IssueEvent (final class) from jira-api 11.3.1; source: [S2] DefaultJiraSlackEventListener.java, ChangeLogExtractor.java (11.0); ctor shape [S3] (8.20). Evidence: getters C11
// The real public constructor takes ofbiz GenericValue and Worklog; it is private here because plugin code never creates
// issue events and tests mock them (Mockito inline mocks final classes). getChangeLog() (GenericValue) and getTime()
// (from AbstractEvent) are omitted: the plugin reads history through ChangeHistoryManager and time from its Clock.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Fired when an issue is created, updated, transitioned, commented, ... */
public final class IssueEvent {
    private IssueEvent() {
    }

    @Evidence(level = Level.C11, source = "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java")
    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.C11, source = "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java:33")
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
