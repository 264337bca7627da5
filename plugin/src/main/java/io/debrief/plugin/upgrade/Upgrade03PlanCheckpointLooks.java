package io.debrief.plugin.upgrade;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.plugin.DebriefPlugin;
import io.debrief.plugin.persistence.AoHeldDebriefs;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Data upgrade 3 (issue 17): every debrief held before this release gets the checkpoint job's next look (and its last
 * checkpoint number), so the job reads only the debriefs due instead of every held one. The look is the earliest the
 * next checkpoint can come due with any interval, so no checkpoint comes late; the first run plans each project with
 * its own interval. Running it again changes nothing.
 *
 * <p>SAL runs it once when the plugin's data build number is below {@link #BUILD_NUMBER}, on one node of a cluster.
 */
@ExportAsService(PluginUpgradeTask.class)
@Component
public class Upgrade03PlanCheckpointLooks implements PluginUpgradeTask {

    public static final int BUILD_NUMBER = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade03PlanCheckpointLooks.class);

    private final AoHeldDebriefs heldDebriefs;

    @Inject
    public Upgrade03PlanCheckpointLooks(AoHeldDebriefs heldDebriefs) {
        this.heldDebriefs = heldDebriefs;
    }

    @Override
    public int getBuildNumber() {
        return BUILD_NUMBER;
    }

    @Override
    public String getShortDescription() {
        return "Plans when the checkpoint job looks at each held debrief next";
    }

    /** Null or empty means success (SAL's contract); a failure throws and SAL keeps the old build number. */
    @Override
    public Collection<Message> doUpgrade() {
        int planned = heldDebriefs.planUnplanned();
        LOG.info("Debrief upgrade {}: planned the next checkpoint look of {} held debriefs", BUILD_NUMBER, planned);
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return DebriefPlugin.KEY;
    }
}
