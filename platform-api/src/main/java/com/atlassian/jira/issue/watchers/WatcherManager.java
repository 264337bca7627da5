// Mirrors: com.atlassian.jira.issue.watchers.WatcherManager from jira-api 11.3.1; source: [S2]
// JSP/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java:77
// (getWatchersUnsorted(issue).stream(), an injected WatcherManager, Jira 11.0); return type Collection<ApplicationUser>
// per [S7] https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/watchers/WatcherManager.html. Evidence:
// getWatchersUnsorted C11; the rest of the interface (isWatching, startWatching, stopWatching, getWatcherUserKeys...)
// is left out because the plugin does not call it
package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** Who watches an issue (users who get a notification for every update of it). */
public interface WatcherManager {
    /** The users watching the issue, in no particular order; in Jira's own code the result may hold a null. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java:77")
    Collection<ApplicationUser> getWatchersUnsorted(Issue issue);
}
