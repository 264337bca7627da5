package io.debrief.core.debrief;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The standard questions every debrief answers. */
public enum Question {
    IDENTIFIED_WITHIN_TARGET,
    FIXED_WITHIN_TARGET,
    AUTO_RESOLVED;

    /** The question's name on the wire: "identified-within-target". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The question with that wire name, if any. */
    public static Optional<Question> fromWire(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(question -> question.wireName().equals(wanted))
                .findFirst();
    }

    /** The i18n key of the question text ("debrief.question.identified-within-target"). */
    public String messageKey() {
        return "debrief.question." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
