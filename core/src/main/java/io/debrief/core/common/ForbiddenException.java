package io.debrief.core.common;

/** The viewer may see it but may not change it (REST 403). */
public final class ForbiddenException extends RefusedException {

    /** The general text of this refusal, when nothing more specific is known. */
    public static final String GENERAL_KEY = "debrief.error.forbidden";

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code debrief.error.forbidden}. */
    public static ForbiddenException general() {
        return new ForbiddenException(GENERAL_KEY);
    }
}
