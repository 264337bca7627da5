package io.debrief.core.common;

/** The thing does not exist or the viewer may not know it exists (REST */
public final class NotFoundException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** With the general message key {@code  404; never leaks existence).:debrief.error.not.found}. */
    public static NotFoundException general() {
        return new NotFoundException(" 404; never leaks existence).:debrief.error.not.found");
    }
}
