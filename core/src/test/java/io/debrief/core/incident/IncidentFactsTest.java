package io.debrief.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IncidentFactsTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void complete_facts_in_order_give_durations_and_no_findings() {
        // given
        IncidentFacts facts =
                new IncidentFacts(START, START.plusSeconds(240), START.plusSeconds(1200), START.plusSeconds(3000));

        // then
        assertThat(facts.timeToDetect()).contains(Duration.ofMinutes(4));
        assertThat(facts.timeToMitigate()).contains(Duration.ofMinutes(20));
        assertThat(facts.timeToResolve()).contains(Duration.ofMinutes(50));
        assertThat(facts.findings()).isEmpty();
    }

    @Test
    void missing_detection_is_a_finding_and_leaves_time_to_detect_unknown() {
        // given
        IncidentFacts facts = new IncidentFacts(START, null, null, START.plusSeconds(600));

        // then
        assertThat(facts.timeToDetect()).isEmpty();
        assertThat(facts.timeToResolve()).contains(Duration.ofMinutes(10));
        assertThat(facts.findings()).extracting(Finding::kind).containsExactly(FindingKind.MISSING_DETECTION);
    }

    @Test
    void nothing_known_lists_every_missing_fact() {
        assertThat(IncidentFacts.none().findings())
                .extracting(Finding::kind)
                .containsExactly(
                        FindingKind.MISSING_START, FindingKind.MISSING_DETECTION, FindingKind.MISSING_RESOLUTION);
    }

    @Test
    void resolved_before_started_is_a_finding_not_a_negative_duration() {
        // given
        IncidentFacts facts = new IncidentFacts(START, START.plusSeconds(60), null, START.minusSeconds(60));

        // when / then
        assertThat(facts.timeToResolve()).isEmpty();
        assertThat(facts.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.RESOLVED_BEFORE_START, FindingKind.RESOLVED_BEFORE_DETECTED);
    }

    @Test
    void detected_and_mitigated_before_start_are_findings() {
        IncidentFacts facts =
                new IncidentFacts(START, START.minusSeconds(1), START.minusSeconds(1), START.plusSeconds(60));

        assertThat(facts.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.DETECTED_BEFORE_START, FindingKind.MITIGATED_BEFORE_START);
        assertThat(facts.findings())
                .extracting(Finding::messageKey)
                .containsExactly("debrief.finding.detected-before-start", "debrief.finding.mitigated-before-start");
    }

    @Test
    void durations_across_the_berlin_spring_forward_night_are_real_elapsed_time() {
        // given: 01:30 to 03:30 local on 2026-03-29, when clocks jump from 02:00 to 03:00
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant started = LocalDateTime.parse("2026-03-29T01:30").atZone(berlin).toInstant();
        Instant resolved =
                LocalDateTime.parse("2026-03-29T03:30").atZone(berlin).toInstant();

        // when
        IncidentFacts facts = new IncidentFacts(started, started, null, resolved);

        // then: two hours on the wall clock, one hour elapsed
        assertThat(facts.timeToResolve())
                .contains(Duration.between(started, resolved))
                .contains(Duration.ofHours(1));
    }

    @Test
    void durations_across_the_new_york_fall_back_night_are_real_elapsed_time() {
        // given: 00:30 to 01:30 (second occurrence) on 2026-11-01, when 02:00 falls back to 01:00
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant started =
                LocalDateTime.parse("2026-11-01T00:30").atZone(newYork).toInstant();
        Instant resolved = LocalDateTime.parse("2026-11-01T01:30")
                .atZone(newYork)
                .withLaterOffsetAtOverlap()
                .toInstant();

        // when
        IncidentFacts facts = new IncidentFacts(started, started.plusSeconds(30), null, resolved);

        // then: one hour on the wall clock, two hours elapsed
        assertThat(facts.timeToResolve()).contains(Duration.ofHours(2));
        assertThat(facts.timeToDetect()).contains(Duration.ofSeconds(30));
    }

    @Test
    void the_trackers_resolution_fills_in_only_when_the_timeline_has_none() {
        Instant tracker = START.plusSeconds(7200);

        assertThat(new IncidentFacts(START, null, null, null)
                        .resolvedAtLeastBy(tracker)
                        .resolved())
                .contains(tracker);
        assertThat(new IncidentFacts(START, null, null, START.plusSeconds(60))
                        .resolvedAtLeastBy(tracker)
                        .resolved())
                .contains(START.plusSeconds(60));
    }

    @Test
    void severity_reads_its_wire_forms() {
        assertThat(Severity.fromWire("sev1")).contains(Severity.SEV1);
        assertThat(Severity.fromWire(" SEV3 ")).contains(Severity.SEV3);
        assertThat(Severity.fromWire("4")).contains(Severity.SEV4);
        assertThat(Severity.fromWire("sev5")).isEmpty();
        assertThat(Severity.fromWire(null)).isEmpty();
    }
}
