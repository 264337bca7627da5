package io.debrief.core.tracker;

import io.debrief.core.common.IssueRef;
import java.util.List;

/**
 * The title of a checkpoint sub-task as an i18n key with arguments, e.g. "Checkpoint 1 (14 days): INC-12 debrief".
 *
 * @param args checkpoint number, days since the debrief, incident key
 */
public record CheckpointSummary(String messageKey, List<Object> args) {

    public static final String KEY = "debrief.checkpoint.summary";

    public CheckpointSummary {
        args = List.copyOf(args);
    }

    public static CheckpointSummary of(int number, long daysSinceDebrief, IssueRef incident) {
        return new CheckpointSummary(KEY, List.of(number, daysSinceDebrief, incident.key()));
    }

    /** The English text, for places without an i18n bundle (sandbox seeds, logs, tests). */
    public String englishText() {
        return "Checkpoint " + args.get(0) + " (" + args.get(1) + " days): " + args.get(2) + " debrief";
    }
}
