// Mirrors: com.atlassian.jira.issue.history.ChangeItemBean from jira-api 11.3.1; source: [S4]
// issue/history/ChangeItemBean.java (6.3). Evidence: C(6.3)
// Value behaviour (the 6-argument constructor and getters) so plugin tests can build change items; getCreated() is null
// for it.
package com.atlassian.jira.issue.history;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.sql.Timestamp;

/** One field change inside a change group. */
public class ChangeItemBean {
    public static final String STATIC_FIELD = "jira";
    public static final String CUSTOM_FIELD = "custom";

    private final String fieldType;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString) {
        this.fieldType = fieldType;
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
    }

    public String getFieldType() {
        return fieldType;
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java:42")
    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java:43")
    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java:42")
    public String getToString() {
        return toString;
    }

    public Timestamp getCreated() {
        return null;
    }
}
