package io.debrief.core.common;

/** Nobody is logged in (REST 401). */
public final class NotAuthenticatedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code debrief.error.login.required}. */
    public static NotAuthenticatedException general() {
        return new NotAuthenticatedException("debrief.error.login.required");
    }
}
