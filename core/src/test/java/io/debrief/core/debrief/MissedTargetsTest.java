package io.debrief.core.debrief;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.debrief.MissedTargets.Measure;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.DebriefFixtures.World;
import io.debrief.core.testkit.TimelineFixtures;
import io.debrief.core.timeline.DerivedEntries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which resolved incidents missed their project's target, as their standard questions answer it. */
class MissedTargetsTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Targets TARGETS = new Targets(Duration.ofMinutes(5), Duration.ofMinutes(60));

    private final World world = new World();
    private final MissedTargets missedTargets =
            new MissedTargets(world.timelines, DerivedEntries.NONE, projectKey -> TARGETS);

    private Incident resolved(long id) {
        return anIncident()
                .id(id)
                .key("OPS-" + id)
                .resolvedAt(STARTED.plus(Duration.ofHours(3)))
                .build();
    }

    @Test
    void an_incident_identified_late_missed_the_identify_target_only() {
        Incident late = resolved(1);
        world.incident(late, STARTED, Duration.ofMinutes(6), Duration.ofMinutes(30));

        assertThat(missedTargets.missed(late, Measure.IDENTIFIED)).isTrue();
        assertThat(missedTargets.missed(late, Measure.FIXED)).isFalse();
    }

    @Test
    void an_incident_fixed_exactly_on_target_missed_nothing() {
        Incident onTime = resolved(2);
        world.incident(onTime, STARTED, Duration.ofMinutes(5), Duration.ofMinutes(60));

        assertThat(missedTargets.missed(onTime, Measure.IDENTIFIED)).isFalse();
        assertThat(missedTargets.missed(onTime, Measure.FIXED)).isFalse();
    }

    @Test
    void an_incident_fixed_late_missed_the_fix_target() {
        Incident slow = resolved(3);
        world.incident(slow, STARTED, Duration.ofMinutes(2), Duration.ofMinutes(61));

        assertThat(missedTargets.missed(slow, Measure.FIXED)).isTrue();
    }

    @Test
    void an_incident_whose_timeline_cannot_tell_missed_nothing() {
        Incident unknown = resolved(4);
        world.incidents.with(unknown);

        assertThat(missedTargets.missed(unknown, Measure.IDENTIFIED)).isFalse();
        assertThat(missedTargets.missed(unknown, Measure.FIXED)).isFalse();
    }

    @Test
    void a_phase_without_a_target_is_never_missed_and_one_with_a_target_is_judged_by_it() {
        // given: mitigated after 40 min; one project sets no mitigate target, the other 30 min
        Incident slow = resolved(5);
        world.incident(slow, STARTED, Duration.ofMinutes(2), Duration.ofMinutes(50));
        world.timelines.add(TimelineFixtures.anEntry()
                .incidentId(slow.id())
                .mitigated(STARTED.plus(Duration.ofMinutes(40)))
                .build());
        MissedTargets strict = new MissedTargets(
                world.timelines, DerivedEntries.NONE, projectKey -> TARGETS.withOptional(null, Duration.ofMinutes(30)));

        // then
        assertThat(missedTargets.missed(slow, Phase.MITIGATE)).isFalse();
        assertThat(strict.missed(slow, Phase.MITIGATE)).isTrue();
        assertThat(strict.missed(slow, Phase.ACKNOWLEDGE)).isFalse();
        assertThat(strict.missed(slow, Phase.CUSTOMER_IMPACT)).isFalse();
    }
}
