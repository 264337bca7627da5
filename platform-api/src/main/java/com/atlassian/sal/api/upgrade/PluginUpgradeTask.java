// Mirrors: com.atlassian.sal.api.upgrade.PluginUpgradeTask from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/upgrade/PluginUpgradeTask.java
// (5.1.4); [S1] upgrade/AbstractUpgradeTask.java (11.3.1). Evidence: C(5.1.4), C11; complete abstract method set
package com.atlassian.sal.api.upgrade;

import com.atlassian.sal.api.message.Message;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** A numbered data upgrade run once per build number (export with @ExportAsService(PluginUpgradeTask.class)). */
public interface PluginUpgradeTask {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java (getBuildNumber)")
    int getBuildNumber();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java (getShortDescription)")
    String getShortDescription();

    /** Null or empty on success; messages describe failures. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/AbstractUpgradeTask.java:20 (doUpgrade, declared without throws there)")
    Collection<Message> doUpgrade() throws Exception;

    /** Must equal the plugin key. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/AbstractUpgradeTask.java:31 (getPluginKey)")
    String getPluginKey();
}
