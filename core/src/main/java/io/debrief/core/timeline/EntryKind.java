package io.debrief.core.timeline;

import java.util.Locale;
import java.util.Optional;

/** What a timeline entry records; people add the manual kinds, the tracker supplies the derived ones. */
public enum EntryKind {
    STARTED(true),
    DETECTED(true),
    MITIGATED(true),
    RESOLVED(true),
    NOTE(true),
    ACTION(true),
    DEPLOY(true),
    ALERT(true),
    CUSTOMER_REPORT(true),
    /** Someone acknowledged an alert or page (PagerDuty, Opsgenie). */
    ACKNOWLEDGED(true),
    /** A configuration change or a merged change (CDEvents environment modified, change merged). */
    CHANGE(true),
    /** A third-party provider's own status update (Statuspage-style). */
    PROVIDER(true),
    /** Customers started to feel it (the start of customer impact). */
    IMPACT_STARTED(true),
    /** Customers stopped feeling it (the end of customer impact). */
    IMPACT_ENDED(true),
    STATUS_CHANGE(false),
    COMMENT(false);

    private final boolean manual;

    EntryKind(boolean manual) {
        this.manual = manual;
    }

    /** May a person add or choose this kind. */
    public boolean isManual() {
        return manual;
    }

    /** The name used in JSON and forms: lower case with hyphens ("customer-report"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EntryKind> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EntryKind kind : values()) {
            if (kind.wireName().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
