package io.debrief.core.followthrough;

/** Why an assignee is reminded of an item. */
public enum ReminderKind {
    /** Due within the reminder window (the setting's days before its due date). */
    DUE_SOON,
    /** Its due date has passed and it is still open. */
    OVERDUE
}
