package io.debrief.core.debrief;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a debrief should be held: the window opens 24 hours after resolution and closes 72 hours after it.
 *
 * <p>Both boundaries belong to the window: exactly 24 h is due, exactly 72 h is still due, one second later is
 * overdue. Held and published debriefs are never overdue.
 */
public final class DueWindow {

    public static final Duration OPENS_AFTER = Duration.ofHours(24);
    public static final Duration CLOSES_AFTER = Duration.ofHours(72);

    private DueWindow() {}

    /** The phase of a debrief in {@code status} for an incident resolved at {@code resolvedAt} (null: unresolved). */
    public static DebriefPhase phaseOf(DebriefStatus status, Instant resolvedAt, Instant now) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        if (status == DebriefStatus.PUBLISHED) {
            return DebriefPhase.PUBLISHED;
        }
        if (status == DebriefStatus.HELD) {
            return DebriefPhase.HELD;
        }
        if (resolvedAt == null) {
            return DebriefPhase.NOT_RESOLVED;
        }
        if (now.isBefore(opens(resolvedAt))) {
            return DebriefPhase.UPCOMING;
        }
        return now.isAfter(closes(resolvedAt)) ? DebriefPhase.OVERDUE : DebriefPhase.DUE;
    }

    public static Instant opens(Instant resolvedAt) {
        return resolvedAt.plus(OPENS_AFTER);
    }

    public static Instant closes(Instant resolvedAt) {
        return resolvedAt.plus(CLOSES_AFTER);
    }
}
