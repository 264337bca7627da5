package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.intake.IntakeSettings;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link IntakeSettings} does, in memory and on Active Objects (H2, PostgreSQL). */
class IntakeSettingsContractTest {

    abstract static class Contract {

        abstract IntakeSettings settings();

        @Test
        void unsetUntilSavedThenTheLastValueSaved() {
            assertThat(settings().retentionDays()).isEmpty();

            settings().saveRetentionDays(30);
            settings().saveRetentionDays(14);

            assertThat(settings().retentionDays()).isEqualTo(OptionalInt.of(14));
        }
    }

    @Nested
    class InMemory extends Contract {
        final IntakeSettings settings = IntakeSettings.inMemory();

        @Override
        IntakeSettings settings() {
            return settings;
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        com.atlassian.activeobjects.external.ActiveObjects ao;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @Override
        IntakeSettings settings() {
            return new AoIntakeSettings(ao);
        }

        @Test
        void theIntakesRowLeavesTheDebriefSettingsAlone() {
            new AoIntakeSettings(ao).saveRetentionDays(7);

            assertThat(new AoSettings(ao).global()).isEqualTo(GlobalSettings.DEFAULTS);
            assertThat(new AoSettings(ao).savedProjects()).isEmpty();
            assertThat(new AoIntakeSettings(ao).retentionDays()).isEqualTo(OptionalInt.of(7));
        }
    }
}
