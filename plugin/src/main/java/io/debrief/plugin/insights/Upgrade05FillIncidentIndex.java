package io.debrief.plugin.insights;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.plugin.DebriefPlugin;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.jira.JiraIncidentFeed;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Data upgrade 5 (issue 16): fills the new incident index from every incident Jira holds, with its timeline's facts,
 * its debrief and its items from the item index (filled by upgrade 2, which runs first), so the insights count an
 * older site's history at once. Nothing else is written; running it again rewrites the same rows.
 *
 * <p>SAL runs it once when the plugin's data build number is below {@link #BUILD_NUMBER}, on one node of a cluster.
 */
@ExportAsService(PluginUpgradeTask.class)
@Component
public class Upgrade05FillIncidentIndex implements PluginUpgradeTask {

    public static final int BUILD_NUMBER = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade05FillIncidentIndex.class);

    private final IncidentIndexing indexing;
    private final IncidentIndexing.Feed everyIncident;

    @Inject
    public Upgrade05FillIncidentIndex(InsightsApplication insights, JiraIncidentFeed feed) {
        this(insights.indexing(), feed::everyIncident);
    }

    /** With the incidents read from somewhere other than Jira (tests). */
    public Upgrade05FillIncidentIndex(IncidentIndexing indexing, IncidentIndexing.Feed everyIncident) {
        this.indexing = indexing;
        this.everyIncident = everyIncident;
    }

    @Override
    public int getBuildNumber() {
        return BUILD_NUMBER;
    }

    @Override
    public String getShortDescription() {
        return "Fills the insights' incident index from the incidents in Jira";
    }

    /** Null or empty means success (SAL's contract); a failure throws and SAL keeps the old build number. */
    @Override
    public Collection<Message> doUpgrade() {
        int written = indexing.reconcile(everyIncident);
        LOG.info("Debrief upgrade {}: incident index filled with {} incidents", BUILD_NUMBER, written);
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return DebriefPlugin.KEY;
    }
}
