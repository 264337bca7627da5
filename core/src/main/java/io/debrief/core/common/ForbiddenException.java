package io.debrief.core.common;

/** The viewer may see it but may not change it (REST */
public final class ForbiddenException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code  403).:debrief.error.forbidden}. */
    public static ForbiddenException general() {
        return new ForbiddenException(" 403).:debrief.error.forbidden");
    }
}
