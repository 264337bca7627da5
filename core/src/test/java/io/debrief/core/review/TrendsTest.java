package io.debrief.core.review;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.incident.Incident;
import io.debrief.core.review.TrendMonth.Ratio;
import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrendsTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    final DebriefFixtures.World world = new DebriefFixtures.World();
    final TestClock clock = TestClock.at(NOW);
    final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    final InMemorySettings settings = new InMemorySettings();
    private long nextId = 500;

    /** The trends under test; {@link IndexedTrendsTest} answers the same from the item index. */
    Trends trends() {
        return trends(clock);
    }

    Trends trends(Clock zoned) {
        return new Trends(world.debriefs, world.incidents, world.timelines, tracker, settings, zoned);
    }

    /** An incident in {@code project} started at {@code started}, held one day after its resolution. */
    private Incident heldIncident(String project, Instant started, Duration toDetect, Duration toResolve) {
        long id = nextId++;
        Incident incident = anIncident().id(id).key(project + "-" + id).build();
        world.incident(incident, started, toDetect, toResolve)
                .debrief(incident, aDebrief().heldAt(started.plus(toResolve).plus(Duration.ofDays(1))));
        return incident;
    }

    @Test
    void every_month_is_listed_oldest_first_even_without_debriefs() {
        TrendReport report = trends().monthly(3, Set.of(), ScriptedViewer.as(ALICE));

        assertThat(report.months())
                .extracting(TrendMonth::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(report.months()).allSatisfy(month -> {
            assertThat(month.debriefs()).isZero();
            assertThat(month.medianSecondsToDetect()).isEmpty();
            assertThat(month.heldOnTime()).isEqualTo(Ratio.NONE);
            assertThat(month.heldOnTime().rate()).isEmpty();
        });
        assertThat(report.truncated()).isFalse();
    }

    @Test
    void buckets_by_the_utc_month_of_resolution_whatever_the_server_zone() {
        // given: resolved at 23:30 UTC on 28 February, already 1 March in Kolkata
        heldIncident("OPS", Instant.parse("2026-02-28T23:00:00Z"), Duration.ofMinutes(3), Duration.ofMinutes(30));
        clock.set(NOW);
        Trends inKolkata = trends(clock.withZone(ZoneId.of("Asia/Kolkata")));

        // when
        TrendReport report = inKolkata.monthly(2, Set.of(), ScriptedViewer.as(ALICE));

        // then
        assertThat(report.months()).extracting(TrendMonth::debriefs).containsExactly(1, 0);
        assertThat(report.months().get(0).month()).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void medians_take_the_middle_value_of_odd_counts_and_the_mean_of_the_middle_two_of_even_counts() {
        // given: four March incidents; one has no detection recorded
        Instant march = Instant.parse("2026-03-02T08:00:00Z");
        heldIncident("OPS", march, Duration.ofMinutes(2), Duration.ofMinutes(30));
        heldIncident("OPS", march, Duration.ofMinutes(4), Duration.ofMinutes(40));
        heldIncident("OPS", march, Duration.ofMinutes(10), Duration.ofMinutes(70));
        heldIncident("OPS", march, null, Duration.ofMinutes(90));

        // when
        TrendMonth month =
                trends().monthly(1, Set.of(), ScriptedViewer.as(ALICE)).months().get(0);

        // then
        assertThat(month.debriefs()).isEqualTo(4);
        assertThat(month.medianSecondsToDetect()).hasValue(240.0);
        assertThat(month.medianSecondsToResolve()).hasValue(55 * 60.0);
        assertThat(month.detectWithinTarget()).isEqualTo(new Ratio(2, 3));
        assertThat(month.resolveWithinTarget()).isEqualTo(new Ratio(2, 4));
    }

    @Test
    void a_debrief_counts_as_on_time_when_held_within_72_hours_of_the_resolution() {
        Instant started = Instant.parse("2026-03-02T08:00:00Z");
        Instant resolved = started.plus(Duration.ofMinutes(30));
        Incident onTime = anIncident().id(1).key("OPS-1").build();
        Incident late = anIncident().id(2).key("OPS-2").build();
        world.incident(onTime, started, Duration.ofMinutes(1), Duration.ofMinutes(30))
                .debrief(onTime, aDebrief().heldAt(resolved.plus(Duration.ofHours(72))))
                .incident(late, started, Duration.ofMinutes(1), Duration.ofMinutes(30))
                .debrief(late, aDebrief().heldAt(resolved.plus(Duration.ofHours(73))));

        TrendMonth month =
                trends().monthly(1, Set.of(), ScriptedViewer.as(ALICE)).months().get(0);

        assertThat(month.heldOnTime()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void held_on_time_counts_every_resolved_incident_whose_window_closed_not_only_the_held_ones() {
        // given: March has one debrief held on time, three incidents never debriefed whose window closed (issue 13.6:
        // this month showed 100 %), one resolved yesterday (window still open), one the reader may not see and one
        // with a written but never held debrief
        Instant started = Instant.parse("2026-03-02T08:00:00Z");
        Incident held = anIncident()
                .id(1)
                .key("OPS-1")
                .resolvedAt(started.plus(Duration.ofMinutes(30)))
                .build();
        world.incident(held, started, Duration.ofMinutes(1), Duration.ofMinutes(30))
                .debrief(held, aDebrief().heldAt(started.plus(Duration.ofDays(1))));
        for (int i = 2; i <= 4; i++) {
            world.incidents.with(anIncident()
                    .id(i)
                    .key("OPS-" + i)
                    .resolvedAt(started.plus(Duration.ofDays(i)))
                    .build());
        }
        world.incidents.with(anIncident()
                .id(5)
                .key("OPS-5")
                .resolvedAt(NOW.minus(Duration.ofDays(1)))
                .build());
        Incident hidden = anIncident().id(6).key("PAY-6").resolvedAt(started).build();
        world.incidents.with(hidden);
        Incident written = anIncident().id(7).key("OPS-7").resolvedAt(started).build();
        world.incidents.with(written);
        world.debriefs.save(written, Debrief.awaiting(7), 0);

        // when
        TrendMonth march = trends().monthly(
                        1, Set.of(), ScriptedViewer.as(ALICE).cannotBrowse(hidden.ref()))
                .months()
                .get(0);

        // then
        assertThat(march.heldOnTime()).isEqualTo(new Ratio(1, 5));
        assertThat(march.debriefs()).isEqualTo(1);
    }

    @Test
    void a_project_filter_narrows_the_never_held_ones_too() {
        Instant resolved = Instant.parse("2026-03-03T08:00:00Z");
        world.incidents
                .with(anIncident().id(1).key("OPS-1").resolvedAt(resolved).build())
                .with(anIncident().id(2).key("PAY-2").resolvedAt(resolved).build());

        TrendMonth march = trends().monthly(1, Set.of("PAY"), ScriptedViewer.as(ALICE))
                .months()
                .get(0);

        assertThat(march.heldOnTime()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void published_debriefs_count_once_with_their_action_item_completion() {
        Instant started = Instant.parse("2026-03-02T08:00:00Z");
        Incident incident = anIncident().id(7).key("OPS-7").build();
        world.incident(incident, started, Duration.ofMinutes(1), Duration.ofMinutes(30))
                .debrief(
                        incident,
                        aDebrief()
                                .heldAt(started.plus(Duration.ofDays(1)))
                                .publishedAt(started.plus(Duration.ofDays(2))));
        tracker.given(
                anActionItem().of(incident.ref()).build(),
                anActionItem()
                        .of(incident.ref())
                        .resolvedAt(started.plus(Duration.ofDays(5)))
                        .build());

        TrendMonth month =
                trends().monthly(1, Set.of(), ScriptedViewer.as(ALICE)).months().get(0);

        assertThat(month.debriefs()).isEqualTo(1);
        assertThat(month.actionItemsClosed()).isEqualTo(new Ratio(1, 2));
        assertThat(month.actionItemsClosed().rate()).hasValue(0.5);
    }

    @Test
    void incidents_of_projects_the_viewer_cannot_browse_are_not_counted() {
        Instant march = Instant.parse("2026-03-02T08:00:00Z");
        heldIncident("OPS", march, Duration.ofMinutes(2), Duration.ofMinutes(30));
        heldIncident("PAY", march, Duration.ofMinutes(9), Duration.ofMinutes(90));

        ScriptedViewer bob = ScriptedViewer.as(ALICE).cannotBrowseProject("PAY");
        TrendMonth all = trends().monthly(1, Set.of(), bob).months().get(0);
        TrendMonth askedForPay =
                trends().monthly(1, Set.of("PAY"), bob).months().get(0);

        assertThat(all.debriefs()).isEqualTo(1);
        assertThat(all.medianSecondsToDetect()).hasValue(120.0);
        assertThat(askedForPay.debriefs()).isZero();
    }

    @Test
    void refuses_anonymous_readers_and_month_counts_outside_one_to_twenty_four() {
        assertThatThrownBy(() -> trends().monthly(6, Set.of(), ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> trends().monthly(0, Set.of(), ScriptedViewer.as(ALICE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> trends().monthly(25, Set.of(), ScriptedViewer.as(ALICE)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reads_a_bounded_number_of_debriefs_and_says_when_more_were_left_unread() {
        // given: more held debriefs than one report reads (their incidents are long gone from the tracker)
        for (long id = 1; id <= Trends.MAX_DEBRIEFS + 1; id++) {
            Incident gone = anIncident().id(id).key("OLD-" + id).build();
            world.debriefs.save(gone, aDebrief().build(id), 0);
        }

        // when
        TrendReport report = trends().monthly(1, Set.of(), ScriptedViewer.as(ALICE));

        // then
        assertThat(report.truncated()).isTrue();
        assertThat(report.months().get(0).debriefs()).isZero();
    }
}
