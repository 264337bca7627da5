package io.debrief.plugin.upgrade;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.core.debrief.RecordUnrecordedDebriefs;
import io.debrief.core.debrief.RecordingPublishedDebriefs;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Data upgrade 1 (release 1.1): debriefs published by release 1.0 get the record of what they are judged on, taken
 * from the project's targets, the facts and the timeline at the upgrade, so that from then on nothing that changes
 * later changes them. Nothing a user wrote is touched; running it again does nothing.
 *
 * <p>SAL runs it once when the plugin's data build number is below {@link #BUILD_NUMBER}, on one node of a cluster.
 */
@ExportAsService(PluginUpgradeTask.class)
@Component
public class Upgrade01RecordPublishedDebriefs implements PluginUpgradeTask {

    public static final int BUILD_NUMBER = 1;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade01RecordPublishedDebriefs.class);

    private final RecordingPublishedDebriefs upgrade;

    @Inject
    public Upgrade01RecordPublishedDebriefs(RecordingPublishedDebriefs upgrade) {
        this.upgrade = upgrade;
    }

    @Override
    public int getBuildNumber() {
        return BUILD_NUMBER;
    }

    @Override
    public String getShortDescription() {
        return "Records the targets, facts and timeline that debriefs published before 1.1 are judged on";
    }

    /** Null or empty means success (SAL's contract); a failure throws and SAL keeps the old build number. */
    @Override
    public Collection<Message> doUpgrade() {
        RecordUnrecordedDebriefs.Outcome outcome = upgrade.recordUnrecorded();
        LOG.info(
                "Debrief upgrade {}: recorded {} published debriefs; {} whose incident no longer exists left as"
                        + " they were",
                BUILD_NUMBER,
                outcome.recorded(),
                outcome.incidentMissing());
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return DebriefPlugin.KEY;
    }
}
