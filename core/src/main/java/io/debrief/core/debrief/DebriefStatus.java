package io.debrief.core.debrief;

import java.util.Locale;

/** The stored state of a debrief: waiting to be held, held (the meeting took place), published to all readers. */
public enum DebriefStatus {
    AWAITING,
    HELD,
    PUBLISHED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
