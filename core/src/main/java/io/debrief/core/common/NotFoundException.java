package io.debrief.core.common;

/** The thing does not exist, or the viewer may not know that it exists (REST 404, so existence never leaks). */
public final class NotFoundException extends RefusedException {

    /** The general text of this refusal, when nothing more specific is known. */
    public static final String GENERAL_KEY = "debrief.error.not.found";

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code debrief.error.not.found}. */
    public static NotFoundException general() {
        return new NotFoundException(GENERAL_KEY);
    }
}
