package io.debrief.sandbox.debrief;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.settings.Settings;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.plugin.persistence.AoCheckpointLog;
import io.debrief.plugin.persistence.AoDebriefStore;
import io.debrief.plugin.persistence.AoHeldDebriefs;
import io.debrief.plugin.persistence.AoJobRunLog;
import io.debrief.plugin.persistence.AoLabelRemovals;
import io.debrief.plugin.persistence.AoReviewDecisionLog;
import io.debrief.plugin.persistence.AoSettings;
import io.debrief.plugin.persistence.AoSuggestedItems;
import io.debrief.plugin.persistence.AoTimelineStore;

/** Core's store ports as the sandbox runs them: the plugin's own Active Objects stores, on the sandbox database. */
record DebriefStores(TimelineStore timeline, DebriefStore debriefs, CheckpointLog checkpoints, HeldDebriefs held,
        ReviewDecisionLog decisions, LabelRemovals labelRemovals, Settings settings, JobRunLog jobRuns,
        SuggestedItems suggestedItems) {

    static DebriefStores activeObjects(ActiveObjects ao) {
        return new DebriefStores(new AoTimelineStore(ao), new AoDebriefStore(ao), new AoCheckpointLog(ao),
                new AoHeldDebriefs(ao), new AoReviewDecisionLog(ao), new AoLabelRemovals(ao), new AoSettings(ao),
                new AoJobRunLog(ao), new AoSuggestedItems(ao));
    }
}
