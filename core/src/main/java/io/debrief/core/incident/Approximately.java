package io.debrief.core.incident;

import java.time.Duration;
import java.util.Objects;

/**
 * A measured duration built on an approximate moment, as a message argument: every screen writes it as it writes
 * durations, with "about" in front ("about 12 min").
 */
public record Approximately(Duration duration) {

    public Approximately {
        Objects.requireNonNull(duration, "duration");
    }

    /** {@code duration} marked approximate when {@code approximate}, else the duration itself. */
    public static Object of(Duration duration, boolean approximate) {
        return approximate ? new Approximately(duration) : duration;
    }
}
