package io.debrief.core.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast an incident should be identified and fully fixed, both counted from the moment it really started.
 *
 * <p>A target met exactly counts as met.
 */
public record Targets(Duration detect, Duration resolve) {

    /** Identified within 5 minutes, fully fixed within 60 minutes. */
    public static final Targets DEFAULT = new Targets(Duration.ofMinutes(5), Duration.ofMinutes(60));

    public Targets {
        Objects.requireNonNull(detect, "detect");
        Objects.requireNonNull(resolve, "resolve");
        if (detect.isNegative() || detect.isZero() || resolve.isNegative() || resolve.isZero()) {
            throw new IllegalArgumentException("targets must be positive");
        }
    }

    /**
     * The one rule of every measured question (identified, fully fixed), wherever it is shown: a time within its
     * target, or exactly on it, meets the target.
     */
    public static boolean met(Duration actual, Duration target) {
        return actual.compareTo(target) <= 0;
    }

    public boolean detectMet(Duration actual) {
        return met(actual, detect);
    }

    public boolean resolveMet(Duration actual) {
        return met(actual, resolve);
    }
}
