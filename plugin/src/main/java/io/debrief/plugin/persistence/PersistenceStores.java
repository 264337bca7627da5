package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.settings.Settings;
import io.debrief.core.timeline.TimelineStore;

/**
 * Every store port over one Active Objects service, for hosts that wire by hand (the sandbox, tests); in Jira,
 * Spring Scanner finds the stores as components instead.
 */
public record PersistenceStores(
        TimelineStore timeline,
        DebriefStore debriefs,
        HeldDebriefs heldDebriefs,
        CheckpointLog checkpoints,
        ReviewDecisionLog reviewDecisions,
        LabelRemovals labelRemovals,
        Settings settings,
        SuggestedItems suggestedItems) {

    public static PersistenceStores over(ActiveObjects ao) {
        return new PersistenceStores(
                new AoTimelineStore(ao),
                new AoDebriefStore(ao),
                new AoHeldDebriefs(ao),
                new AoCheckpointLog(ao),
                new AoReviewDecisionLog(ao),
                new AoLabelRemovals(ao),
                new AoSettings(ao),
                new AoSuggestedItems(ao));
    }
}
