package io.debrief.core.incident;

import java.util.Locale;
import java.util.Optional;

/** How bad an incident is, SEV1 being the worst. */
public enum Severity {
    SEV1,
    SEV2,
    SEV3,
    SEV4;

    /** The lower-case name used in JSON and forms ("sev1"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "sev1", "SEV1" or "1"; empty for anything else. */
    public static Optional<Severity> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.wireName().equals(wanted) || severity.wireName().equals("sev" + wanted)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /**
     * The severity an incident's priority stands for, the one rule every tracker adapter uses: Highest/Blocker SEV1,
     * High/Critical SEV2, Medium/Major SEV3, any other priority SEV4; no priority, no severity (null).
     */
    public static Severity fromPriorityName(String priority) {
        if (priority == null || priority.isBlank()) {
            return null;
        }
        return switch (priority.trim().toLowerCase(Locale.ROOT)) {
            case "highest", "blocker" -> SEV1;
            case "high", "critical" -> SEV2;
            case "medium", "major" -> SEV3;
            default -> SEV4;
        };
    }
}
