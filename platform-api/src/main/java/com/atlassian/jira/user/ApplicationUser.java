// Mirrors: com.atlassian.jira.user.ApplicationUser from jira-api 11.3.1; source: [S1] SessionResource.java,
// rest/mapper/SessionEntityMapper.java; [S4] user/ApplicationUser.java (6.3). Evidence:
// getKey/getUsername/getDisplayName C11, isActive C11 ([S2] PersonalNotificationManager.java), rest C(6.3)
package com.atlassian.jira.user;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.security.Principal;

/** A Jira user; {@link #getKey()} is the stable identity, the username can change. */
public interface ApplicationUser extends Principal {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java, rest/SessionResource.java")
    String getKey();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java, rest/SessionResource.java")
    String getUsername();

    @Override
    String getName();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java, rest/SessionResource.java")
    String getDisplayName();

    @Evidence(level = Level.OLDER, source = "[S4] user/ApplicationUser.java (6.3)")
    String getEmailAddress();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java:64")
    boolean isActive();
}
