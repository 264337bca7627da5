package io.debrief.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one definition of every duration: from which fact to which, unknown never 0, approximate carried along. */
class PhaseTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    /** Every fact known, each a few minutes after the one before it, nothing approximate. */
    private static IncidentFacts allKnown() {
        return new IncidentFacts(
                T.minusSeconds(120), // impact started
                T, // started
                T.plusSeconds(240), // detected
                T.plusSeconds(300), // acknowledged
                T.plusSeconds(420), // declared
                T.plusSeconds(1200), // mitigated
                T.plusSeconds(3000), // resolved
                T.plusSeconds(2400), // impact ended
                Set.of());
    }

    @Test
    void each_phase_runs_between_the_facts_its_name_promises() {
        assertThat(Arrays.stream(Phase.values()).map(phase -> phase.from() + "->" + phase.to()))
                .containsExactly(
                        "STARTED->DETECTED",
                        "DETECTED->ACKNOWLEDGED",
                        "STARTED->MITIGATED",
                        "STARTED->RESOLVED",
                        "IMPACT_STARTED->IMPACT_ENDED");
    }

    @Test
    void every_phase_is_measured_from_its_facts_when_all_are_known_and_in_order() {
        // given
        IncidentFacts facts = allKnown();

        // then
        assertThat(Phase.DETECT.duration(facts)).contains(Duration.ofMinutes(4));
        assertThat(Phase.ACKNOWLEDGE.duration(facts)).contains(Duration.ofMinutes(1));
        assertThat(Phase.MITIGATE.duration(facts)).contains(Duration.ofMinutes(20));
        assertThat(Phase.RESOLVE.duration(facts)).contains(Duration.ofMinutes(50));
        assertThat(Phase.CUSTOMER_IMPACT.duration(facts)).contains(Duration.ofMinutes(42));
        assertThat(facts.findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void a_phase_whose_start_is_unknown_is_unknown_never_zero(Phase phase) {
        // given: every fact known but the phase's start
        IncidentFacts facts = allKnown().with(phase.from(), null, false);

        // when
        Phase.Measure measure = phase.measure(facts);

        // then
        assertThat(measure.duration()).isEmpty();
        assertThat(measure.took()).isNull();
        assertThat(measure.status()).isEqualTo(Phase.Status.NO_START);
        assertThat(measure.approximate()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void a_phase_whose_end_is_unknown_is_unknown_never_zero(Phase phase) {
        // given
        IncidentFacts facts = allKnown().with(phase.to(), null, false);

        // when
        Phase.Measure measure = phase.measure(facts);

        // then
        assertThat(measure.duration()).isEmpty();
        assertThat(measure.status()).isEqualTo(Phase.Status.NO_END);
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void a_phase_ending_before_it_starts_is_out_of_order_and_a_finding_not_a_negative_duration(Phase phase) {
        // given: the end a minute before the start
        IncidentFacts known = allKnown();
        IncidentFacts facts = known.with(phase.to(), known.at(phase.from()).minusSeconds(60), false);

        // when
        Phase.Measure measure = phase.measure(facts);

        // then
        assertThat(measure.duration()).isEmpty();
        assertThat(measure.status()).isEqualTo(Phase.Status.OUT_OF_ORDER);
        assertThat(facts.findings()).anyMatch(finding -> finding.kind().isOutOfOrder());
    }

    @Test
    void the_new_orderings_have_findings_of_their_own() {
        // given
        IncidentFacts facts = allKnown()
                .with(Fact.ACKNOWLEDGED, T.plusSeconds(200), false)
                .with(Fact.IMPACT_ENDED, T.minusSeconds(180), false);

        // then
        assertThat(facts.findings())
                .extracting(Finding::kind)
                .containsExactly(
                        FindingKind.ACKNOWLEDGED_BEFORE_DETECTED, FindingKind.IMPACT_ENDED_BEFORE_IMPACT_STARTED);
    }

    @Test
    void a_phase_ending_exactly_when_it_starts_took_zero_and_is_known() {
        IncidentFacts facts = allKnown().with(Fact.ACKNOWLEDGED, T.plusSeconds(240), false);

        assertThat(Phase.ACKNOWLEDGE.measure(facts).status()).isEqualTo(Phase.Status.KNOWN);
        assertThat(Phase.ACKNOWLEDGE.duration(facts)).contains(Duration.ZERO);
    }

    @Test
    void a_phase_built_on_an_approximate_end_is_approximate_and_only_the_phases_using_it() {
        // given: detection is "about" 10:04
        IncidentFacts facts = allKnown().with(Fact.DETECTED, T.plusSeconds(240), true);

        // then: detect and acknowledge use detection; the others do not
        assertThat(Phase.DETECT.measure(facts).approximate()).isTrue();
        assertThat(Phase.ACKNOWLEDGE.measure(facts).approximate()).isTrue();
        assertThat(Phase.MITIGATE.measure(facts).approximate()).isFalse();
        assertThat(Phase.RESOLVE.measure(facts).approximate()).isFalse();
        assertThat(Phase.CUSTOMER_IMPACT.measure(facts).approximate()).isFalse();
        assertThat(Phase.DETECT.duration(facts)).contains(Duration.ofMinutes(4));
    }

    @Test
    void an_approximate_start_makes_every_phase_from_it_approximate() {
        IncidentFacts facts = allKnown().with(Fact.STARTED, T, true);

        assertThat(Stream.of(Phase.values())
                        .filter(phase -> phase.measure(facts).approximate()))
                .containsExactly(Phase.DETECT, Phase.MITIGATE, Phase.RESOLVE);
    }

    @Test
    void an_unknown_fact_is_never_approximate() {
        // given: a fact marked approximate but without a moment
        IncidentFacts facts =
                new IncidentFacts(null, T, null, null, null, null, null, null, Set.of(Fact.DETECTED, Fact.STARTED));

        // then
        assertThat(facts.approximate()).containsExactly(Fact.STARTED);
        assertThat(Phase.DETECT.measure(facts).approximate()).isFalse();
    }

    @Test
    void the_tracker_resolution_and_the_issue_creation_are_exact_facts() {
        // given
        IncidentFacts facts = new IncidentFacts(T, null, null, null)
                .resolvedAtLeastBy(T.plusSeconds(600))
                .declared(T.plusSeconds(60));

        // then
        assertThat(facts.declaredAt()).isEqualTo(T.plusSeconds(60));
        assertThat(facts.resolvedAt()).isEqualTo(T.plusSeconds(600));
        assertThat(facts.approximate()).isEmpty();
    }

    @Test
    void each_phase_has_its_own_name_and_definition_keys_and_wire_name() {
        assertThat(Arrays.stream(Phase.values()).map(Phase::nameKey))
                .containsExactly(
                        "debrief.phase.detect",
                        "debrief.phase.acknowledge",
                        "debrief.phase.mitigate",
                        "debrief.phase.resolve",
                        "debrief.phase.customer-impact");
        assertThat(Phase.CUSTOMER_IMPACT.definitionKey()).isEqualTo("debrief.phase.customer-impact.definition");
        assertThat(Phase.fromWire("customer-impact")).contains(Phase.CUSTOMER_IMPACT);
        assertThat(Phase.fromWire("soon")).isEmpty();
    }

    @Test
    void the_old_shortcuts_measure_through_the_phases() {
        IncidentFacts facts = allKnown().with(Fact.MITIGATED, null, false);

        assertThat(facts.timeToDetect()).isEqualTo(Phase.DETECT.duration(facts));
        assertThat(facts.timeToMitigate()).isEmpty();
        assertThat(facts.timeToResolve()).isEqualTo(Phase.RESOLVE.duration(facts));
    }
}
