package io.debrief.core.timeline;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TimelineFixtures.T0;
import static io.debrief.core.testkit.TimelineFixtures.aTimeline;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Fact;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which entries establish which facts, and how approximate entries carry over to the facts. */
class TimelineFactsTest {

    @Test
    void every_fact_but_declared_comes_from_an_entry_kind_and_declared_from_the_issue_creation() {
        // given
        Incident incident = anIncident().created(T0.plusSeconds(400)).build();
        Timeline timeline = aTimeline()
                .with(anEntry().kind(EntryKind.IMPACT_STARTED).at(T0.minusSeconds(60)))
                .with(anEntry().started(T0))
                .with(anEntry().detected(T0.plusSeconds(240)))
                .with(anEntry().kind(EntryKind.ACKNOWLEDGED).at(T0.plusSeconds(300)))
                .with(anEntry().mitigated(T0.plusSeconds(1200)))
                .with(anEntry().kind(EntryKind.IMPACT_ENDED).at(T0.plusSeconds(1500)))
                .with(anEntry().resolved(T0.plusSeconds(3000)))
                .build();

        // when
        IncidentFacts facts = timeline.facts(incident);

        // then
        assertThat(facts.impactStartedAt()).isEqualTo(T0.minusSeconds(60));
        assertThat(facts.acknowledgedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(facts.declaredAt()).isEqualTo(T0.plusSeconds(400));
        assertThat(facts.impactEndedAt()).isEqualTo(T0.plusSeconds(1500));
        assertThat(Phase.ACKNOWLEDGE.duration(facts)).contains(Duration.ofMinutes(1));
        assertThat(Phase.CUSTOMER_IMPACT.duration(facts)).contains(Duration.ofMinutes(26));
        assertThat(Arrays.stream(EntryKind.values()).filter(kind -> Timeline.factOf(kind) != null))
                .extracting(Timeline::factOf)
                .containsExactlyInAnyOrder(
                        Fact.IMPACT_STARTED,
                        Fact.STARTED,
                        Fact.DETECTED,
                        Fact.ACKNOWLEDGED,
                        Fact.MITIGATED,
                        Fact.RESOLVED,
                        Fact.IMPACT_ENDED);
    }

    @Test
    void an_acknowledgement_accepted_from_a_pager_feeds_the_acknowledged_fact() {
        // given: PagerDuty's "incident.acknowledged" accepted as an external entry
        Timeline timeline = aTimeline()
                .with(anEntry().detected(T0))
                .with(anEntry()
                        .kind(EntryKind.ACKNOWLEDGED)
                        .at(T0.plusSeconds(90))
                        .source(EntrySource.EXTERNAL)
                        .sourceRef("event:17"))
                .build();

        // then
        assertThat(timeline.facts().acknowledgedAt()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void the_first_acknowledgement_and_impact_start_count_and_the_last_impact_end() {
        Timeline timeline = aTimeline()
                .with(anEntry().kind(EntryKind.ACKNOWLEDGED).at(T0.plusSeconds(300)))
                .with(anEntry().kind(EntryKind.ACKNOWLEDGED).at(T0.plusSeconds(120)))
                .with(anEntry().kind(EntryKind.IMPACT_STARTED).at(T0.plusSeconds(60)))
                .with(anEntry().kind(EntryKind.IMPACT_STARTED).at(T0))
                .with(anEntry().kind(EntryKind.IMPACT_ENDED).at(T0.plusSeconds(600)))
                .with(anEntry().kind(EntryKind.IMPACT_ENDED).at(T0.plusSeconds(900)))
                .build();

        IncidentFacts facts = timeline.facts();

        assertThat(facts.acknowledgedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(facts.impactStartedAt()).isEqualTo(T0);
        assertThat(facts.impactEndedAt()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void a_fact_taken_from_an_approximate_entry_is_approximate() {
        // given: detection "about three minutes later"
        Timeline timeline = aTimeline()
                .with(anEntry().started(T0))
                .with(anEntry().detected(T0.plusSeconds(180)).approximate())
                .with(anEntry().resolved(T0.plusSeconds(3600)))
                .build();

        // when
        IncidentFacts facts = timeline.facts();

        // then
        assertThat(facts.approximate()).containsExactly(Fact.DETECTED);
        assertThat(Phase.DETECT.measure(facts).approximate()).isTrue();
        assertThat(Phase.RESOLVE.measure(facts).approximate()).isFalse();
    }

    @Test
    void an_approximate_entry_that_does_not_establish_the_fact_leaves_it_exact() {
        // given: an exact detection and a later, approximate one
        Timeline timeline = aTimeline()
                .with(anEntry().detected(T0))
                .with(anEntry().detected(T0.plusSeconds(60)).approximate())
                .build();

        assertThat(timeline.facts().detectedAt()).isEqualTo(T0);
        assertThat(timeline.facts().isApproximate(Fact.DETECTED)).isFalse();
    }

    @Test
    void of_two_entries_at_the_same_instant_the_exact_one_wins() {
        Timeline timeline = aTimeline()
                .with(anEntry().id(1).detected(T0).approximate())
                .with(anEntry().id(2).detected(T0))
                .build();

        assertThat(timeline.facts().isApproximate(Fact.DETECTED)).isFalse();
    }

    @Test
    void a_deleted_approximate_entry_leaves_no_trace_in_the_facts() {
        Timeline timeline = aTimeline()
                .with(anEntry().detected(T0).approximate().deleted())
                .with(anEntry().detected(T0.plusSeconds(60)))
                .build();

        assertThat(timeline.facts().detectedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(timeline.facts().approximate()).isEmpty();
    }
}
