package io.debrief.plugin.library.security;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Data upgrade 4 (issue 17): every published debrief written by an older release learns whether its incident is under
 * an issue security level, read from Jira as the system, so the library pages and counts the unsecured ones in SQL at
 * once (until then it asks Jira about each such row, which is correct but costs a search of them all). Nothing else
 * is written; running it again changes nothing.
 *
 * <p>SAL runs it once when the plugin's data build number is below {@link #BUILD_NUMBER}, on one node of a cluster.
 */
@ExportAsService(PluginUpgradeTask.class)
@Component
public class Upgrade04KnowIncidentSecurity implements PluginUpgradeTask {

    public static final int BUILD_NUMBER = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade04KnowIncidentSecurity.class);

    private final JiraLibrarySecurity security;

    @Inject
    public Upgrade04KnowIncidentSecurity(JiraLibrarySecurity security) {
        this.security = security;
    }

    @Override
    public int getBuildNumber() {
        return BUILD_NUMBER;
    }

    @Override
    public String getShortDescription() {
        return "Records whether the incident of each published debrief is under an issue security level";
    }

    /** Null or empty means success (SAL's contract); a failure throws and SAL keeps the old build number. */
    @Override
    public Collection<Message> doUpgrade() {
        int changed = security.reconcile();
        LOG.info("Debrief upgrade {}: security of {} published debriefs' incidents recorded", BUILD_NUMBER, changed);
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return DebriefPlugin.KEY;
    }
}
