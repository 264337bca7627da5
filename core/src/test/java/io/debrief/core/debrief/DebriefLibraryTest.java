package io.debrief.core.debrief;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebriefLibraryTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T08:00:00Z");

    private final DebriefFixtures.World world = new DebriefFixtures.World();
    private final TestClock clock = TestClock.at("2026-04-20T10:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemorySettings settings = new InMemorySettings();
    private final DebriefLibrary library = new DebriefLibrary(
            world.debriefs,
            world.incidents,
            world.timelines,
            tracker,
            settings,
            new DebriefService(
                    world.incidents,
                    world.timelines,
                    DerivedEntries.NONE,
                    world.debriefs,
                    key -> settings.forProject(key).targets(),
                    clock),
            new TimelineService(world.incidents, world.timelines, DerivedEntries.NONE, clock));

    private Incident published(long id, String key, Severity severity, String summary, Instant publishedAt) {
        Incident incident =
                anIncident().id(id).key(key).severity(severity).summary(summary).build();
        world.incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(80))
                .debrief(
                        incident,
                        aDebrief().heldAt(STARTED.plus(Duration.ofDays(1))).publishedAt(publishedAt));
        return incident;
    }

    private static LibraryQuery query(String text, String project, Severity severity, YearMonth month) {
        return new LibraryQuery(text, project, severity, month, PageRequest.first(25));
    }

    @Test
    void lists_published_debriefs_newest_first_with_facts_targets_and_action_items() {
        // given
        Incident older = published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));
        Incident newer = published(2, "OPS-2", Severity.SEV1, "Login down", Instant.parse("2026-04-05T09:00:00Z"));
        tracker.given(
                anActionItem().of(older.ref()).build(),
                anActionItem()
                        .of(older.ref())
                        .resolvedAt(Instant.parse("2026-03-20T09:00:00Z"))
                        .build(),
                anActionItem().of(older.ref()).build());

        // when
        Page<LibraryEntry> page = library.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE));

        // then
        assertThat(page.items()).extracting(entry -> entry.incident().key()).containsExactly("OPS-2", "OPS-1");
        assertThat(page.total()).isEqualTo(2);
        LibraryEntry row = page.items().get(1);
        assertThat(row.facts().timeToDetect()).hasValue(Duration.ofMinutes(3));
        assertThat(row.facts().timeToResolve()).hasValue(Duration.ofMinutes(80));
        assertThat(row.targets().resolveMet(row.facts().timeToResolve().orElseThrow()))
                .isFalse();
        assertThat(row.actionItemsOpen()).isEqualTo(2);
        assertThat(row.actionItemsClosed()).isEqualTo(1);
        assertThat(newer.key()).isEqualTo(page.items().get(0).incident().key());
    }

    @Test
    void held_but_unpublished_debriefs_are_not_in_the_library() {
        Incident held = anIncident().id(3).key("OPS-3").build();
        world.incident(held, STARTED, Duration.ofMinutes(1), Duration.ofMinutes(20))
                .debrief(held, aDebrief());

        assertThat(library.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> library.open("OPS-3", ScriptedViewer.as(ALICE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void filters_by_text_project_severity_and_month() {
        published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));
        published(2, "OPS-2", Severity.SEV1, "Login down", Instant.parse("2026-04-05T09:00:00Z"));
        published(3, "PAY-3", Severity.SEV1, "Card payments declined", Instant.parse("2026-04-06T09:00:00Z"));
        ScriptedViewer alice = ScriptedViewer.as(ALICE);

        assertThat(keys(library.search(query("login", null, null, null), alice)))
                .containsExactly("OPS-2");
        assertThat(keys(library.search(query("", "PAY", null, null), alice))).containsExactly("PAY-3");
        assertThat(keys(library.search(query("", null, Severity.SEV2, null), alice)))
                .containsExactly("OPS-1");
        assertThat(keys(library.search(query("", null, null, YearMonth.of(2026, 4)), alice)))
                .containsExactly("PAY-3", "OPS-2");
    }

    @Test
    void never_shows_or_counts_debriefs_the_reader_may_not_browse() {
        // given: PAY is hidden from bob, and one OPS incident has its own issue security
        published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));
        Incident secret = published(2, "OPS-2", Severity.SEV1, "Secret", Instant.parse("2026-03-06T09:00:00Z"));
        published(3, "PAY-3", Severity.SEV1, "Card payments", Instant.parse("2026-03-07T09:00:00Z"));
        ScriptedViewer bob = ScriptedViewer.as(ALICE).cannotBrowseProject("PAY").cannotBrowse(secret.ref());

        // when
        Page<LibraryEntry> all = library.search(LibraryQuery.everything(), bob);
        Page<LibraryEntry> pay = library.search(query("", "PAY", null, null), bob);

        // then
        assertThat(keys(all)).containsExactly("OPS-1");
        assertThat(all.total()).isEqualTo(1);
        assertThat(pay.items()).isEmpty();
        assertThat(pay.total()).isZero();
        assertThatThrownBy(() -> library.open("PAY-3", bob)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void asks_the_store_only_for_browsable_projects_when_projects_are_enabled_by_name() {
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS", "PAY")));
        published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));
        published(3, "PAY-3", Severity.SEV1, "Card payments", Instant.parse("2026-03-07T09:00:00Z"));

        Page<LibraryEntry> page = library.search(
                LibraryQuery.everything(), ScriptedViewer.as(ALICE).cannotBrowseProject("PAY"));

        assertThat(keys(page)).containsExactly("OPS-1");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void pages_over_visible_debriefs_only() {
        for (int i = 1; i <= 5; i++) {
            published(i, "OPS-" + i, Severity.SEV3, "Incident " + i, Instant.parse("2026-03-0" + i + "T09:00:00Z"));
        }
        published(9, "PAY-9", Severity.SEV3, "Hidden", Instant.parse("2026-03-04T12:00:00Z"));
        ScriptedViewer bob = ScriptedViewer.as(ALICE).cannotBrowseProject("PAY");

        Page<LibraryEntry> second = library.search(new LibraryQuery("", null, null, null, new PageRequest(2, 2)), bob);

        assertThat(keys(second)).containsExactly("OPS-3", "OPS-2");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasMore()).isTrue();
    }

    @Test
    void opening_a_published_debrief_returns_the_read_only_view_and_its_timeline() {
        published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));

        PublishedDebrief opened = library.open("OPS-1", ScriptedViewer.as(ALICE));

        assertThat(opened.view().debrief().isReadOnly()).isTrue();
        assertThat(opened.view().facts().timeToResolve()).hasValue(Duration.ofMinutes(80));
        assertThat(opened.timeline()).hasSize(3);
    }

    @Test
    void an_opened_debrief_lists_its_action_items_the_reader_may_browse_and_no_other() {
        Incident incident = published(1, "OPS-1", Severity.SEV2, "Checkout 502", Instant.parse("2026-03-05T09:00:00Z"));
        var open = anActionItem().of(incident.ref()).summary("Alert on 502s").build();
        var done = anActionItem()
                .of(incident.ref())
                .summary("Retry budget")
                .resolvedAt(Instant.parse("2026-03-20T09:00:00Z"))
                .build();
        var hidden =
                anActionItem().of(incident.ref()).summary("Secret payments fix").build();
        var otherIncidents = anActionItem()
                .of(new io.debrief.core.common.IssueRef(99, "OPS-99", "OPS"))
                .build();
        tracker.given(open, done, hidden, otherIncidents);
        ScriptedViewer reader = ScriptedViewer.as(ALICE).cannotBrowse(hidden.ref());

        PublishedDebrief opened = library.open("OPS-1", reader);
        LibraryEntry row =
                library.search(LibraryQuery.everything(), reader).items().get(0);

        assertThat(opened.actionItems())
                .extracting(item -> item.summary())
                .containsExactlyInAnyOrder("Alert on 502s", "Retry budget");
        // the list and the counts agree: both leave out what the reader may not see
        assertThat(row.actionItemsOpen() + row.actionItemsClosed())
                .isEqualTo(opened.actionItems().size());
    }

    @Test
    void refuses_anonymous_readers() {
        assertThatThrownBy(() -> library.search(LibraryQuery.everything(), ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> library.open("OPS-1", ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    private static java.util.List<String> keys(Page<LibraryEntry> page) {
        return page.items().stream().map(entry -> entry.incident().key()).toList();
    }
}
