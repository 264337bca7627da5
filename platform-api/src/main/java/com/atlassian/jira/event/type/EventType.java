// Mirrors: com.atlassian.jira.event.type.EventType from jira-api 11.3.1; source: names [S2] model/EventMatcherType.java
// (11.0), values [S4] event/type/EventType.java (6.3). Evidence: names C11, values C(6.3)
// Which id a workflow transition fires is set by its post-function (default workflows: GENERIC 13) - U.
package com.atlassian.jira.event.type;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Built-in issue event type ids. */
public class EventType {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java:19")
    public static final Long ISSUE_CREATED_ID = 1L;

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java:28")
    public static final Long ISSUE_UPDATED_ID = 2L;

    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_WORKLOGGED_ID = 10L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    // the real class is an entity wrapper; the plugin only uses the constants
    private EventType() {}
}
