package io.debrief.core.debrief;

import java.util.Locale;
import java.util.Optional;

/** The team's answer to "did it resolve itself without anyone acting?"; unanswered until someone says. */
public enum AutoResolved {
    YES,
    NO,
    UNANSWERED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AutoResolved> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AutoResolved answer : values()) {
            if (answer.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
