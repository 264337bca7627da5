package io.debrief.core.debrief;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static io.debrief.core.testkit.TestViewer.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.FindingKind;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.lint.LintFamily;
import io.debrief.core.lint.LintFinding;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebriefServiceTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-03-01T09:45:00Z");

    private final TestClock clock = TestClock.at(RESOLVED.plus(Duration.ofHours(30)));
    private final Incident resolved =
            anIncident().id(1).key("OPS-1").resolvedAt(RESOLVED).build();
    private final Incident open = anIncident().id(2).key("OPS-2").unresolved().build();
    private final Incident payments = anIncident()
            .id(3)
            .key("PAY-1")
            .resolvedAt(RESOLVED)
            .severity(Severity.SEV1)
            .build();
    private final InMemoryIncidents incidents =
            new InMemoryIncidents().with(resolved).with(open).with(payments);
    private final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    private final InMemoryDebriefStore store = new InMemoryDebriefStore();
    private final Map<String, Targets> targets =
            Map.of("PAY", new Targets(Duration.ofMinutes(1), Duration.ofMinutes(30)));
    private final DebriefService service =
            new DebriefService(incidents, timelineStore, DerivedEntries.NONE, store, targets::get, clock);
    private final TimelineService timeline = new TimelineService(
            incidents, timelineStore, DerivedEntries.NONE, clock, new PublishedTimelines(store, timelineStore));
    private final TestViewer alice = aViewer("alice");

    private void record(String issueKey, EntryKind kind, Instant at) {
        timeline.add(issueKey, new NewTimelineEntry(kind, at, kind.wireName(), null), alice);
    }

    private DebriefEdit analysis(String text) {
        return new DebriefEdit(new Impact("EU shoppers", 1200L, "45 minutes", "~ EUR 8k"), text, AutoResolved.NO);
    }

    @Test
    void an_incident_without_a_stored_debrief_shows_a_fresh_awaiting_one_in_its_phase() {
        // given
        record("OPS-1", EntryKind.STARTED, STARTED);

        // when
        DebriefView view = service.view("OPS-1", alice.withoutEdit());

        // then
        assertThat(view.debrief()).isEqualTo(Debrief.awaiting(1));
        assertThat(view.phase()).isEqualTo(DebriefPhase.DUE);
        assertThat(view.targets()).isEqualTo(Targets.DEFAULT);
        assertThat(view.facts().resolved()).contains(RESOLVED);
        assertThat(view.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.MISSING_DETECTION);
        assertThat(view.answers().fixed()).isInstanceOf(Answer.Yes.class);
        assertThat(store.writes()).isZero();
    }

    @Test
    void the_phase_moves_with_the_clock() {
        assertThat(service.view("OPS-1", alice).phase()).isEqualTo(DebriefPhase.DUE);

        clock.advance(Duration.ofHours(42).plusSeconds(1));

        assertThat(service.view("OPS-1", alice).phase()).isEqualTo(DebriefPhase.OVERDUE);
        assertThat(service.view("OPS-2", alice).phase()).isEqualTo(DebriefPhase.NOT_RESOLVED);
    }

    @Test
    void answers_use_the_projects_own_targets() {
        // given: detected after 2 minutes, within the default 5 but not PAY's 1
        record("PAY-1", EntryKind.STARTED, STARTED);
        record("PAY-1", EntryKind.DETECTED, STARTED.plusSeconds(120));

        // when
        DebriefView view = service.view("PAY-1", alice);

        // then
        assertThat(view.targets().detect()).isEqualTo(Duration.ofMinutes(1));
        assertThat(view.answers().identified()).isInstanceOf(Answer.No.class);
    }

    @Test
    void the_full_process_update_hold_publish_versions_each_step() {
        // when
        DebriefView written = service.update("OPS-1", analysis("A config flag was not covered by canaries"), 0, alice);
        DebriefView held = service.hold("OPS-1", 1, alice);
        DebriefView published = service.publish("OPS-1", 2, aViewer("bob"));

        // then
        assertThat(written.debrief().version()).isEqualTo(1);
        assertThat(written.debrief().updatedBy().key()).isEqualTo("alice");
        assertThat(held.phase()).isEqualTo(DebriefPhase.HELD);
        assertThat(published.phase()).isEqualTo(DebriefPhase.PUBLISHED);
        assertThat(published.debrief().publishedBy().key()).isEqualTo("bob");
        assertThat(published.debrief().publishedAt()).isEqualTo(clock.instant());
        assertThat(store.published(
                                LibraryFilter.any().inMonth(YearMonth.of(2026, 3), ZoneOffset.UTC),
                                PageRequest.first(10))
                        .items())
                .containsExactly(published.debrief());
    }

    @Test
    void a_published_debrief_is_read_only_for_everyone() {
        service.update("OPS-1", analysis("x"), 0, alice);
        service.hold("OPS-1", 1, alice);
        service.publish("OPS-1", 2, alice);
        TestViewer admin = new TestViewer(alice.person(), true, true, true);

        assertThatThrownBy(() -> service.update("OPS-1", analysis("rewrite"), 3, admin))
                .isInstanceOf(ConflictException.class)
                .hasMessage(Debrief.REFUSED_PUBLISHED);
        assertThat(store.writes()).isEqualTo(3);
    }

    @Test
    void publishing_freezes_the_timeline_of_the_incident() {
        // given
        record("OPS-1", EntryKind.STARTED, STARTED);
        service.update("OPS-1", analysis("x"), 0, alice);
        service.hold("OPS-1", 1, alice);
        int timelineWrites = timelineStore.writes();

        // when
        service.publish("OPS-1", 2, alice);

        // then
        assertThatThrownBy(() -> record("OPS-1", EntryKind.NOTE, STARTED))
                .isInstanceOf(ConflictException.class)
                .hasMessage(TimelineService.FROZEN);
        assertThatThrownBy(() -> timeline.delete("OPS-1", 1, alice)).isInstanceOf(ConflictException.class);
        assertThat(timelineStore.writes()).isEqualTo(timelineWrites);
        assertThat(timeline.list("OPS-1", false, alice)).hasSize(1);
    }

    @Test
    void a_stale_version_is_a_conflict() {
        service.update("OPS-1", analysis("first"), 0, alice);

        assertThatThrownBy(() -> service.update("OPS-1", analysis("second"), 0, aViewer("bob")))
                .isInstanceOf(ConflictException.class)
                .hasMessage(DebriefService.STALE);
        assertThat(service.view("OPS-1", alice).debrief().analysis()).isEqualTo("first");
    }

    @Test
    void holding_before_resolution_is_refused_as_a_conflict() {
        service.update("OPS-2", analysis("x"), 0, alice);

        assertThatThrownBy(() -> service.hold("OPS-2", 1, alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(Debrief.REFUSED_HOLD_NOT_RESOLVED);
    }

    @Test
    void publishing_an_awaiting_debrief_is_refused() {
        assertThatThrownBy(() -> service.publish("OPS-1", 0, alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(Debrief.REFUSED_PUBLISH_NOT_HELD);
        assertThat(store.writes()).isZero();
    }

    @Test
    void the_access_policy_applies_to_view_and_every_change() {
        assertThatThrownBy(() -> service.view("OPS-1", anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> service.view("OPS-1", alice.withoutBrowse())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update("OPS-1", analysis("x"), 0, alice.withoutEdit()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.hold("NOPE-1", 0, alice)).isInstanceOf(NotFoundException.class);
        assertThat(store.writes()).isZero();
    }

    @Test
    void invalid_content_is_refused_before_anything_is_written() {
        DebriefEdit tooLong = new DebriefEdit(new Impact("x".repeat(2001), null, "", ""), "ok", AutoResolved.YES);

        assertThatThrownBy(() -> service.update("OPS-1", tooLong, 0, alice)).isInstanceOf(InvalidInputException.class);
        assertThat(store.writes()).isZero();
    }

    @Test
    void the_view_lints_analysis_and_impact_naming_the_incident_owner() {
        // given: the owner is "Alice Example"
        DebriefView view = service.update(
                "OPS-1",
                new DebriefEdit(
                        new Impact("Customers waited while the on-call missed the page", null, "", ""),
                        "Alice Example should have rolled back",
                        AutoResolved.UNANSWERED),
                0,
                alice);

        // then
        assertThat(view.lint().get("analysis"))
                .extracting(f -> f.family())
                .containsExactly(LintFamily.NAMED, LintFamily.HINDSIGHT);
        assertThat(view.lint().get("impact.affected"))
                .extracting(f -> f.match())
                .containsExactly("on-call missed");
        assertThat(view.lint()).doesNotContainKey("impact.cost");
    }

    @Test
    void a_published_debrief_carries_no_lint_hints_nobody_could_act_on() {
        // given: an analysis naming the owner, linted while it could be written
        DebriefView held = service.update("OPS-1", analysis("Alice Example should have rolled back"), 0, alice);
        service.hold("OPS-1", 1, alice);

        // when
        DebriefView published = service.publish("OPS-1", 2, alice);

        // then
        assertThat(held.lint()).containsKey("analysis");
        assertThat(published.lint()).isEmpty();
        assertThat(service.view("OPS-1", alice).lint()).isEmpty();
    }

    @Test
    void the_view_and_the_typing_lint_flag_the_people_on_the_incident_by_display_name_and_username() {
        // given: Bob Brown reported OPS-1 and carol commented on it
        incidents.withPeople(resolved, "Bob Brown", "bob", "Carol Jones", "carol");
        String analysis = "Bob Brown restarted the primary; carol paged the database team. The job failed.";

        // when
        DebriefView view = service.update(
                "OPS-1", new DebriefEdit(new Impact("", null, "", ""), analysis, AutoResolved.UNANSWERED), 0, alice);
        List<LintFinding> typed = service.lint("OPS-1", "Ask bob and Carol about it", alice);

        // then
        assertThat(view.lint().get("analysis"))
                .extracting(LintFinding::family, LintFinding::match)
                .containsExactly(tuple(LintFamily.NAMED, "Bob Brown"), tuple(LintFamily.NAMED, "carol"));
        assertThat(typed).extracting(LintFinding::match).containsExactly("bob", "Carol");
    }

    @Test
    void the_lint_flags_the_watchers_of_the_incident_only_for_a_writer_who_may_see_who_watches() {
        // given: Dana Whitfield watches OPS-1; alice may see the watchers, bob may not
        incidents.withWatchers(resolved, List.of("Dana Whitfield", "dwhitfield"), "alice");
        TestViewer bob = aViewer("bob");
        String text = "Dana skipped the canary, dwhitfield said.";

        // when
        List<LintFinding> forAlice = service.lint("OPS-1", text, alice);
        List<LintFinding> forBob = service.lint("OPS-1", text, bob);

        // then: the name tells bob nothing about who watches
        assertThat(forAlice)
                .filteredOn(f -> f.family() == LintFamily.NAMED)
                .extracting(LintFinding::match)
                .containsExactly("Dana", "dwhitfield");
        assertThat(forBob).filteredOn(f -> f.family() == LintFamily.NAMED).isEmpty();
    }

    @Test
    void a_hold_counts_the_watchers_names_the_holder_may_see() {
        // given
        incidents.withWatchers(resolved, List.of("Dana Whitfield", "dwhitfield"), "alice");
        service.update(
                "OPS-1",
                new DebriefEdit(new Impact("", null, "", ""), "dwhitfield paged the team.", AutoResolved.NO),
                0,
                alice);

        // when
        DebriefView held = service.hold("OPS-1", 1, null, true, alice);

        // then
        assertThat(held.debrief().holdLintSeen()).isEqualTo(1);
    }

    @Test
    void a_hold_the_author_confirmed_despite_lint_findings_records_how_many_the_text_had() {
        // given: an analysis with three findings (a name, hindsight, a character word)
        service.update(
                "OPS-1",
                new DebriefEdit(
                        new Impact("", null, "", ""),
                        "Alice Example should have rolled back; a careless deploy.",
                        AutoResolved.NO),
                0,
                alice);

        // when: the request claims nothing about the count; the service counts
        DebriefView held = service.hold("OPS-1", 1, null, true, alice);

        // then
        assertThat(held.debrief().status()).isEqualTo(DebriefStatus.HELD);
        assertThat(held.debrief().holdLintSeen()).isEqualTo(3);
    }

    @Test
    void the_typing_lint_is_guarded_like_reading_the_incident() {
        assertThatThrownBy(() -> service.lint("NOPE-1", "text", alice)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_library_filters_published_debriefs_by_project_severity_text_and_month() {
        // given
        for (String key : new String[] {"OPS-1", "PAY-1"}) {
            service.update(key, analysis("Expired certificate on " + key), 0, alice);
            service.hold(key, 1, alice);
            service.publish(key, 2, alice);
        }

        // then
        PageRequest page = PageRequest.first(10);
        assertThat(store.published(LibraryFilter.any(), page).total()).isEqualTo(2);
        assertThat(store.published(new LibraryFilter("", Set.of("PAY"), null, null, null), page)
                        .items())
                .extracting(Debrief::incidentId)
                .containsExactly(3L);
        assertThat(store.published(new LibraryFilter("certificate on ops", Set.of(), null, null, null), page)
                        .items())
                .extracting(Debrief::incidentId)
                .containsExactly(1L);
        assertThat(store.published(new LibraryFilter("", Set.of(), Severity.SEV1, null, null), page)
                        .total())
                .isEqualTo(1);
        assertThat(store.published(LibraryFilter.any().inMonth(YearMonth.of(2026, 4), ZoneOffset.UTC), page)
                        .total())
                .isZero();
        assertThat(store.held(page).total()).isZero();
    }
}
