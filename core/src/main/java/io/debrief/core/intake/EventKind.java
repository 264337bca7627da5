package io.debrief.core.intake;

import java.util.Locale;
import java.util.Optional;

/** What an external event says happened, whatever tool sent it. */
public enum EventKind {
    /** An alert started firing (Alertmanager/Grafana firing, PagerDuty triggered, Opsgenie Create). */
    ALERT_FIRING(false),
    ALERT_ACKNOWLEDGED(false),
    ALERT_RESOLVED(false),
    /** Someone annotated an alert (PagerDuty annotated, Opsgenie AddNote). */
    NOTE(false),
    /** A service was deployed (CDEvents service deployed/upgraded/rolled back). */
    DEPLOY(true),
    /** An environment's configuration changed (CDEvents environment modified). */
    CONFIG_CHANGE(true),
    /** A change was merged (CDEvents change merged). */
    CHANGE_MERGED(true),
    /** A third-party provider reported on an incident of its own (Statuspage-style). */
    PROVIDER_UPDATE(true);

    private final boolean causal;

    EventKind(boolean causal) {
        this.causal = causal;
    }

    /** Whether an event of this kind can be where an incident really started (a change, or a provider outage). */
    public boolean isCausal() {
        return causal;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EventKind> fromWire(String value) {
        for (EventKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
