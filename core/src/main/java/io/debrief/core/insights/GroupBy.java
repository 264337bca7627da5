package io.debrief.core.insights;

import java.util.Locale;
import java.util.Optional;

/** What the insights' per-group table splits incidents by. */
public enum GroupBy {
    PROJECT,
    /** A Jira component belongs to one project: the key is "PROJECT/name". */
    COMPONENT,
    /** As the admin's {@link TeamRule} says. */
    TEAM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupBy> fromWire(String value) {
        for (GroupBy each : values()) {
            if (each.wireName().equals(value)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }
}
