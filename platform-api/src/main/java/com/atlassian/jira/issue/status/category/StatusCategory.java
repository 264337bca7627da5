// Mirrors: com.atlassian.jira.issue.status.category.StatusCategory from jira-api 11.3.1; source: [S2] (methods), [S4]
// issue/status/category/StatusCategory.java (6.3, constants). Evidence: methods C11, constants C(6.3)
package com.atlassian.jira.issue.status.category;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;

/** The colour group of a status: to do, in progress, done. */
public interface StatusCategory extends Serializable, Comparable<StatusCategory> {
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";
    String UNDEFINED = "undefined";

    Long getId();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:666 (anonymous StatusCategory, @Override)")
    String getKey();

    String getName();
}
