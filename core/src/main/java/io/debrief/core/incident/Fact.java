package io.debrief.core.incident;

import java.util.Locale;

/**
 * One moment an incident's facts may establish, in the order they normally happen. Each may be unknown; phases
 * ({@link Phase}) are measured between two of them.
 */
public enum Fact {
    /** Customers started to feel it (may be before or after the technical start). */
    IMPACT_STARTED,
    /** It really started: the merge, the change, the provider outage. */
    STARTED,
    DETECTED,
    /** Someone acknowledged the alert or page. */
    ACKNOWLEDGED,
    /** The Incident issue was created in the tracker. */
    DECLARED,
    MITIGATED,
    RESOLVED,
    /** Customers stopped feeling it. */
    IMPACT_ENDED;

    /** The name used in JSON: lower case with hyphens ("impact-started"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of the fact's label ("debrief.fact.impact-started"). */
    public String messageKey() {
        return "debrief.fact." + wireName();
    }
}
