// Mirrors: com.atlassian.jira.event.issue.IssueEvent (final class) from jira-api 11.3.1; source: [S2]
// DefaultJiraSlackEventListener.java, ChangeLogExtractor.java (11.0); ctor shape [S3] (8.20). Evidence: getters C11
// Constructor: the 4-argument public one (Issue, Map params, ApplicationUser, Long eventTypeId), used as here by
// atlassian-slack-integration-server DefaultJiraSlackEventListenerTest (11.0), so a host (the sandbox) can fire events;
// the ofbiz GenericValue/Worklog overloads are omitted. getChangeLog() (GenericValue) and getTime()
// (from AbstractEvent) are omitted: the plugin reads history through ChangeHistoryManager and time from its Clock.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Map;

/** Fired when an issue is created, updated, transitioned, commented, ... */
public final class IssueEvent {
    private final Issue issue;

    @SuppressWarnings("rawtypes")
    private final Map params;

    private final ApplicationUser user;
    private final Long eventTypeId;

    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.params = params;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java")
    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java:33")
    public Long getEventTypeId() {
        return eventTypeId;
    }
}
