// Mirrors: com.atlassian.sal.api.upgrade.PluginUpgradeTask from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/upgrade/PluginUpgradeTask.java (5.1.4); [S1] upgrade/AbstractUpgradeTask.java (11.3.1). Evidence: C(5.1.4), C11; complete abstract method set
package com.atlassian.sal.api.upgrade;

import com.atlassian.sal.api.message.Message;
import java.util.Collection;

/** A numbered data upgrade run once per build number (export with @ExportAsService(PluginUpgradeTask.class)). */
public interface PluginUpgradeTask {
    int getBuildNumber();

    String getShortDescription();

    /** Null or empty on success; messages describe failures. */
    Collection<Message> doUpgrade() throws Exception;

    /** Must equal the plugin key. */
    String getPluginKey();
}
