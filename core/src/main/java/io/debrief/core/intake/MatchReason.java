package io.debrief.core.intake;

import java.util.Locale;

/** Why an external event belongs to an incident, strongest first. */
public enum MatchReason {
    /** The event names the incident's key. */
    MENTIONS_INCIDENT,
    /** The source's mapping routes it to one of the incident's components. */
    SAME_COMPONENT,
    /** The source's mapping routes it to the incident's project, without a component. */
    SAME_PROJECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
