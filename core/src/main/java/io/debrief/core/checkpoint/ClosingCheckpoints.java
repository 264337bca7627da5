package io.debrief.core.checkpoint;

import io.debrief.core.access.Viewer;
import java.util.List;

/**
 * An incident's checkpoints as the people reviewing its action items see them (the Debrief tab, the checkpoints REST
 * resource): the checkpoints so far with the items to review and the next one due, and closing an opened checkpoint
 * with an outcome per item. The composition root implements it with {@link CheckpointHistory} and
 * {@link RecordCheckpointOutcomes}.
 */
public interface ClosingCheckpoints {

    /** The incident's checkpoints, its action items and the next checkpoint due, as {@code viewer} may see them. */
    CheckpointHistory.View checkpoints(String issueKey, Viewer viewer);

    /** Closes opened checkpoint {@code number} with an outcome per action item. */
    Checkpoint close(String issueKey, int number, List<OutcomeForm> outcomes, Viewer viewer);
}
