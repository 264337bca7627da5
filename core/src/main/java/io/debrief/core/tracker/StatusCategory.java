package io.debrief.core.tracker;

/** Where an issue stands in its workflow, independent of the workflow's own status names. */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE;

    public boolean isOpen() {
        return this != DONE;
    }
}
