package io.debrief.core.actionitem;

import java.util.Locale;
import java.util.Optional;

/** What an action item improves: noticing sooner, fixing faster, preventing a repeat, or the way we work. */
public enum ActionItemCategory {
    DETECT,
    FIX,
    PREVENT,
    PROCESS;

    /** The lower-case name used in JSON and forms. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionItemCategory> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ActionItemCategory category : values()) {
            if (category.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
