package io.debrief.core.incident;

import java.util.Locale;

/** A gap or contradiction in an incident's facts that the debrief should fix or explain. */
public enum FindingKind {
    MISSING_START,
    MISSING_DETECTION,
    MISSING_RESOLUTION,
    DETECTED_BEFORE_START,
    MITIGATED_BEFORE_START,
    RESOLVED_BEFORE_START,
    RESOLVED_BEFORE_DETECTED,
    RESOLVED_BEFORE_MITIGATED,
    ACKNOWLEDGED_BEFORE_DETECTED,
    IMPACT_ENDED_BEFORE_IMPACT_STARTED;

    /** Whether this finding says two facts contradict each other (as opposed to one missing). */
    public boolean isOutOfOrder() {
        return !name().startsWith("MISSING_");
    }

    /** The i18n key that explains this finding ("debrief.finding.missing-start"). */
    public String messageKey() {
        return "debrief.finding." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
