package io.debrief.core.intake;

import io.debrief.core.access.AdminAccess;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long received events are kept: an admin's setting between {@link #MIN_DAYS} and {@link #MAX_DAYS} days,
 * {@link #DEFAULT_DAYS} until one is saved. {@link EventIntake} reads it on every delivery that stores something and
 * removes what is older, so a shorter setting takes effect with the next stored event, on any node.
 */
public final class EventRetention {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 730;
    public static final int DEFAULT_DAYS = 90;
    /** Argument {0}, {1}: the bounds. */
    public static final String DAYS_INVALID = "debrief.error.intake.retention.days";

    private final IntakeSettings settings;

    public EventRetention(IntakeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The retention in force (no access check: the intake applies it on a sender's delivery). */
    public Duration current() {
        return Duration.ofDays(days());
    }

    /** The retention in days, for administrators. */
    public int days(Viewer viewer) {
        AdminAccess.require(viewer);
        return days();
    }

    /**
     * Sets the retention. Outcomes: 401/403 for others than administrators; a missing value or one outside the bounds
     * -> 400 on {@code retentionDays}, nothing saved.
     */
    public int set(Integer days, Viewer viewer) {
        AdminAccess.require(viewer);
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw InvalidInputException.of("retentionDays", DAYS_INVALID, MIN_DAYS, MAX_DAYS);
        }
        settings.saveRetentionDays(days);
        return days;
    }

    private int days() {
        int days = settings.retentionDays().orElse(DEFAULT_DAYS);
        // a value stored by hand outside the bounds is held to them
        return Math.max(MIN_DAYS, Math.min(MAX_DAYS, days));
    }
}
