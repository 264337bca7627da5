package io.debrief.core.debrief;

import java.util.Locale;

/** The standard questions every debrief answers. */
public enum Question {
    IDENTIFIED_WITHIN_TARGET,
    FIXED_WITHIN_TARGET,
    AUTO_RESOLVED;

    /** The i18n key of the question text ("debrief.question.identified-within-target"). */
    public String messageKey() {
        return "debrief.question." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
