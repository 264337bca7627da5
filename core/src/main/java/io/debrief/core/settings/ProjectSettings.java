package io.debrief.core.settings;

import java.util.Objects;

/**
 * The debrief rules of one project: its targets and how often checkpoints come back.
 *
 * @param checkpointIntervalDays days from the debrief to the first checkpoint, and between checkpoints (7..28)
 */
public record ProjectSettings(String projectKey, boolean enabled, Targets targets, int checkpointIntervalDays) {

    public static final int DEFAULT_CHECKPOINT_INTERVAL_DAYS = 14;
    public static final int MIN_CHECKPOINT_INTERVAL_DAYS = 7;
    public static final int MAX_CHECKPOINT_INTERVAL_DAYS = 28;

    public ProjectSettings {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(targets, "targets");
        if (checkpointIntervalDays < MIN_CHECKPOINT_INTERVAL_DAYS
                || checkpointIntervalDays > MAX_CHECKPOINT_INTERVAL_DAYS) {
            throw new IllegalArgumentException("checkpoint interval must be " + MIN_CHECKPOINT_INTERVAL_DAYS + ".."
                    + MAX_CHECKPOINT_INTERVAL_DAYS + " days: " + checkpointIntervalDays);
        }
    }

    /** What a project gets before an admin changes anything. */
    public static ProjectSettings defaults(String projectKey) {
        return new ProjectSettings(projectKey, true, Targets.DEFAULT, DEFAULT_CHECKPOINT_INTERVAL_DAYS);
    }
}
