package io.debrief.core.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Retention is the admin's setting, bounded, and the intake's cleanup applies whatever is set at the time. */
class EventRetentionTest {

    /** The port over one field, as a store keeps one row. */
    static final class OneSetting implements IntakeSettings {
        Integer days;

        @Override
        public OptionalInt retentionDays() {
            return days == null ? OptionalInt.empty() : OptionalInt.of(days);
        }

        @Override
        public void saveRetentionDays(int value) {
            days = value;
        }
    }

    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final OneSetting settings = new OneSetting();
    private final EventRetention retention = new EventRetention(settings);
    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
    private final EventIntake intake = new EventIntake(sources, log, clock, retention);
    private final TestViewer admin = new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);

    private String givenSource() {
        return new EventSourceAdmin(sources, clock)
                .create(new SourceForm("prom", null, EventFormat.ALERTMANAGER, null, List.of(), false), admin)
                .secret();
    }

    @Test
    void ninetyDaysUntilAnAdminSetsItThenTheSetting() {
        assertThat(retention.days(admin)).isEqualTo(90);
        assertThat(retention.current()).isEqualTo(EventIntake.DEFAULT_RETENTION);

        retention.set(14, admin);

        assertThat(retention.days(admin)).isEqualTo(14);
        assertThat(retention.current()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void theSettingIsBoundedAndOnlyAdministratorsReadOrChangeIt() {
        for (Integer refused : new Integer[] {null, 0, -3, 731}) {
            assertThatThrownBy(() -> retention.set(refused, admin))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            error -> assertThat(error.errors())
                                    .extracting(ValidationError::field)
                                    .containsExactly("retentionDays"));
        }
        assertThat(retention.set(1, admin)).isEqualTo(1);
        assertThat(retention.set(730, admin)).isEqualTo(730);
        assertThatThrownBy(() -> retention.set(30, TestViewer.aViewer("alice"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> retention.days(TestViewer.anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThat(settings.days).isEqualTo(730);
    }

    @Test
    void aValueStoredOutsideTheBoundsIsHeldToThem() {
        settings.days = 5000;

        assertThat(retention.current()).isEqualTo(Duration.ofDays(EventRetention.MAX_DAYS));
    }

    @Test
    void theNextStoredDeliveryRemovesWhatIsOlderThanTheRetentionSetNow() {
        // given: an event received 20 days ago, within the default 90 days
        String secret = givenSource();
        intake.receive("prom", secret, null, fixture("alertmanager-resolved.json"));
        clock.advance(Duration.ofDays(20));

        // when: the admin shortens the retention to 14 days and the next events arrive
        retention.set(14, admin);
        intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        // then: the 20-day-old event is gone, today's two stay
        assertThat(log.all())
                .hasSize(2)
                .allSatisfy(stored -> assertThat(stored.receivedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void underTheDefaultTheSameEventStays() {
        String secret = givenSource();
        intake.receive("prom", secret, null, fixture("alertmanager-resolved.json"));
        clock.advance(Duration.ofDays(20));

        intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        assertThat(log.all()).hasSize(3);
    }
}
