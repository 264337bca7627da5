package io.debrief.core.debrief;

import java.util.Locale;

/** Where a debrief stands as shown to people; decided by {@link DueWindow} from its status and the resolution time. */
public enum DebriefPhase {
    NOT_RESOLVED,
    UPCOMING,
    DUE,
    OVERDUE,
    HELD,
    PUBLISHED;

    /** The name used in JSON and CSS ("not-resolved"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
