package io.debrief.core.intake;

import java.util.OptionalInt;

/** Where the intake's own settings are kept (port; persistence implements it). */
public interface IntakeSettings {

    /** How many days events are kept after they arrived, if an admin set it. */
    OptionalInt retentionDays();

    /** Saves a value {@link EventRetention} accepted. */
    void saveRetentionDays(int days);

    /** Settings held in memory for the life of the object (hosts that keep no intake settings of their own). */
    static IntakeSettings inMemory() {
        return new IntakeSettings() {
            private volatile Integer days;

            @Override
            public OptionalInt retentionDays() {
                Integer value = days;
                return value == null ? OptionalInt.empty() : OptionalInt.of(value);
            }

            @Override
            public void saveRetentionDays(int value) {
                days = value;
            }
        };
    }
}
