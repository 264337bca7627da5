package io.debrief.core.common;

/** Nobody is logged in (REST 401). */
public final class NotAuthenticatedException extends RefusedException {

    /** The general text of this refusal, when nothing more specific is known. */
    public static final String GENERAL_KEY = "debrief.error.login.required";

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code debrief.error.login.required}. */
    public static NotAuthenticatedException general() {
        return new NotAuthenticatedException(GENERAL_KEY);
    }
}
