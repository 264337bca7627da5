package io.debrief.core.common;

/** The request clashes with the state of things: not an incident, a stale version, a step out of order (REST 409). */
public final class ConflictException extends RefusedException {

    /** The general text of this refusal, when nothing more specific is known. */
    public static final String GENERAL_KEY = "debrief.error.conflict";
    /** Someone else changed it since it was read. */
    public static final String STALE_KEY = "debrief.error.stale";

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code debrief.error.conflict}. */
    public static ConflictException general() {
        return new ConflictException(GENERAL_KEY);
    }
}
