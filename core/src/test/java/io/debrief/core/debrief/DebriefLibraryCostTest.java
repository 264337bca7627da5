package io.debrief.core.debrief;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.review.IndexedItemTally;
import io.debrief.core.review.ItemIndexing;
import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.IncidentFixtures;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, the library row: a page of the library costs one page of the store, at most one read of the page's
 * incidents (at most a page of them when no incident is secured) and no lookup per incident or per action item, and
 * answers as reading row by row does; a secured incident (an issue security level) is shown and counted only when the
 * tracker, asked as the reader, returns it.
 */
class DebriefLibraryCostTest {

    private static final Instant STARTED = Instant.parse("2026-01-02T08:00:00Z");
    private static final String[] PROJECTS = {"OPS", "PAY", "WEB"};

    private final TestClock clock = TestClock.at("2026-06-20T10:00:00Z");
    private final InMemorySettings settings = new InMemorySettings();
    private final DebriefFixtures.World oldWorld = new DebriefFixtures.World();
    private final DebriefFixtures.World newWorld = new DebriefFixtures.World();
    private final InMemoryIssueTracker oldTracker = new InMemoryIssueTracker(clock);
    private final InMemoryIssueTracker newTracker = new InMemoryIssueTracker(clock);
    private final InMemoryItemIndex index = new InMemoryItemIndex();
    private final ItemIndexing indexing = new ItemIndexing(index, settings, clock);

    private final DebriefLibrary rowByRow = library(oldWorld, oldTracker, null).readingRowByRow();
    private final List<Incident> securedIncidents = new ArrayList<>();
    private final DebriefLibrary paged = library(newWorld, newTracker, new IndexedItemTally(index));

    {
        newWorld.incidents.withBulkRead();
    }

    @Test
    void a_page_answers_as_reading_row_by_row_for_every_filter_viewer_and_page() {
        givenPublished(90, new Random(17));
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of(PROJECTS)));
        ScriptedViewer keptOut = ScriptedViewer.as(ALICE);
        for (int i = 0; i < securedIncidents.size(); i += 2) {
            keptOut.cannotBrowse(securedIncidents.get(i).ref());
        }
        List<ScriptedViewer> viewers =
                List.of(ScriptedViewer.as(ALICE), ScriptedViewer.as(ALICE).cannotBrowseProject("PAY"), keptOut);
        assertThat(securedIncidents).as("secured incidents in the sample").hasSizeGreaterThan(4);

        for (Set<String> enabled : List.of(Set.of(PROJECTS), Set.<String>of())) {
            settings.saveGlobal(settings.global().withEnabledProjectKeys(enabled));
            for (ScriptedViewer viewer : viewers) {
                for (LibraryQuery query : queries()) {
                    assertThat(paged.search(query, viewer))
                            .as("%s, enabled %s", query, enabled)
                            .isEqualTo(rowByRow.search(query, viewer));
                }
            }
        }
    }

    @Test
    void a_page_costs_one_read_of_at_most_a_page_of_incidents_and_no_lookup_per_row() {
        givenPublished(300, new Random(3), 0);

        for (LibraryQuery query : queries()) {
            settings.saveGlobal(
                    settings.global().withEnabledProjectKeys(query.page().start() == 0 ? Set.of() : Set.of(PROJECTS)));
            newWorld.incidents.resetCounts();
            newTracker.resetCounts();

            paged.search(query, ScriptedViewer.as(ALICE));

            assertThat(newWorld.incidents.searches())
                    .as("incident reads, %s", query)
                    .isLessThanOrEqualTo(1);
            assertThat(newWorld.incidents.materialised())
                    .as("incidents read, %s", query)
                    .isLessThanOrEqualTo(query.page().limit());
            assertThat(newWorld.incidents.lookups())
                    .as("incident lookups, %s", query)
                    .isZero();
            assertThat(newTracker.searches()).as("item searches, %s", query).isZero();
        }
    }

    @Test
    void secured_incidents_cost_one_read_beside_the_page_of_at_most_twice_their_number() {
        givenPublished(300, new Random(5), 0.05);
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of(PROJECTS)));
        int secured = securedIncidents.size();

        for (LibraryQuery query : queries()) {
            newWorld.incidents.resetCounts();

            paged.search(
                    query,
                    ScriptedViewer.as(ALICE)
                            .cannotBrowse(securedIncidents.get(0).ref()));

            assertThat(newWorld.incidents.searches())
                    .as("incident reads, %s", query)
                    .isLessThanOrEqualTo(1);
            assertThat(newWorld.incidents.materialised())
                    .as("incidents read, %s", query)
                    .isLessThanOrEqualTo(query.page().limit() + 2 * secured);
            assertThat(newWorld.incidents.lookups())
                    .as("incident lookups, %s", query)
                    .isZero();
        }
    }

    @Test
    void a_secured_incident_the_reader_may_not_see_is_neither_shown_nor_counted() {
        Incident open = publish(anIncident().id(1).key("OPS-1").build(), Instant.parse("2026-02-01T00:00:00Z"));
        Incident secret =
                publish(anIncident().id(2).key("OPS-2").secured().build(), Instant.parse("2026-02-02T00:00:00Z"));
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS")));

        var keptOut =
                paged.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE).cannotBrowse(secret.ref()));
        var allowed = paged.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE));

        assertThat(keptOut.items()).extracting(entry -> entry.incident().key()).containsExactly(open.key());
        assertThat(keptOut.total()).isEqualTo(1);
        assertThat(allowed.items())
                .extracting(entry -> entry.incident().key())
                .containsExactly(secret.key(), open.key());
        assertThat(allowed.total()).isEqualTo(2);
    }

    @Test
    void an_incident_secured_behind_the_stores_back_is_neither_shown_nor_counted() {
        Incident open = publish(anIncident().id(1).key("OPS-1").build(), Instant.parse("2026-02-01T00:00:00Z"));
        // kept as unsecured (no event reached us), but the tracker no longer shows it to this reader
        Incident secret = publish(anIncident().id(2).key("OPS-2").build(), Instant.parse("2026-02-02T00:00:00Z"));
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS")));

        var page =
                paged.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE).cannotBrowse(secret.ref()));

        assertThat(page.items()).extracting(entry -> entry.incident().key()).containsExactly(open.key());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void an_incident_whose_security_the_store_does_not_know_is_asked_of_the_tracker() {
        Incident open = publish(anIncident().id(1).key("OPS-1").build(), Instant.parse("2026-02-01T00:00:00Z"));
        Incident unknown = publish(anIncident().id(2).key("OPS-2").build(), Instant.parse("2026-02-02T00:00:00Z"));
        newWorld.debriefs.forgetSecurity(unknown.id());
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS")));
        newWorld.incidents.resetCounts();

        var page =
                paged.search(LibraryQuery.everything(), ScriptedViewer.as(ALICE).cannotBrowse(unknown.ref()));

        assertThat(page.items()).extracting(entry -> entry.incident().key()).containsExactly(open.key());
        assertThat(page.total()).isEqualTo(1);
        assertThat(newWorld.incidents.searches()).as("one read, no row-by-row").isEqualTo(1);
    }

    @Test
    void an_incident_with_a_secured_item_has_its_items_counted_by_the_tracker() {
        Incident incident = publish(anIncident().id(1).key("OPS-1").build(), Instant.parse("2026-02-01T00:00:00Z"));
        TrackedIssue seen = anActionItem().of(incident.ref()).build();
        TrackedIssue secret = anActionItem().of(incident.ref()).build();
        givenItems(seen);
        givenSecuredItem(secret);
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS")));
        ScriptedViewer viewer = ScriptedViewer.as(ALICE).cannotBrowse(secret.ref());

        LibraryEntry row =
                paged.search(LibraryQuery.everything(), viewer).items().get(0);

        assertThat(row.actionItemsOpen()).isEqualTo(1);
        assertThat(row)
                .isEqualTo(rowByRow.search(LibraryQuery.everything(), viewer)
                        .items()
                        .get(0));
    }

    private List<LibraryQuery> queries() {
        List<LibraryQuery> queries = new ArrayList<>();
        for (PageRequest page : List.of(
                PageRequest.first(25), new PageRequest(25, 25), new PageRequest(80, 25), new PageRequest(7, 5))) {
            queries.add(new LibraryQuery("", null, null, null, page));
            queries.add(new LibraryQuery("", "OPS", null, null, page));
            queries.add(new LibraryQuery("", "PAY", Severity.SEV1, null, page));
            queries.add(new LibraryQuery("outage", null, null, YearMonth.of(2026, 3), page));
        }
        return queries;
    }

    private void givenPublished(int count, Random random) {
        givenPublished(count, random, 0.15);
    }

    /** {@code securedShare}: the share of incidents under an issue security level, listed in securedIncidents. */
    private void givenPublished(int count, Random random, double securedShare) {
        for (int i = 1; i <= count; i++) {
            String project = PROJECTS[random.nextInt(PROJECTS.length)];
            IncidentFixtures.Builder built = anIncident()
                    .id(i)
                    .key(project + "-" + i)
                    .severity(Severity.values()[random.nextInt(Severity.values().length)])
                    .summary(random.nextBoolean() ? "Checkout outage " + i : "Slow login " + i);
            if (random.nextDouble() < securedShare) {
                built.secured();
            }
            Incident incident = publish(
                    built.build(),
                    // some share a publication instant, so ties are broken as the store breaks them
                    STARTED.plus(Duration.ofHours(i / 2 * 37L)));
            if (incident.secured()) {
                securedIncidents.add(incident);
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                givenItems(
                        random.nextBoolean()
                                ? anActionItem().of(incident.ref()).build()
                                : anActionItem()
                                        .of(incident.ref())
                                        .resolvedAt(STARTED.plus(Duration.ofDays(n)))
                                        .build());
            }
        }
    }

    private Incident publish(Incident incident, Instant publishedAt) {
        for (DebriefFixtures.World world : List.of(oldWorld, newWorld)) {
            world.incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(80))
                    .debrief(
                            incident,
                            aDebrief()
                                    .heldAt(publishedAt.minus(Duration.ofDays(1)))
                                    .publishedAt(publishedAt));
        }
        return incident;
    }

    private void givenItems(TrackedIssue... given) {
        oldTracker.given(given);
        newTracker.given(given);
        List.of(given).forEach(item -> indexing.changed(item, false));
    }

    /** An item under an issue security level: the index keeps it but cannot say who may see it. */
    private void givenSecuredItem(TrackedIssue item) {
        oldTracker.given(item);
        newTracker.given(item);
        indexing.changed(item, true);
    }

    private DebriefLibrary library(DebriefFixtures.World world, InMemoryIssueTracker tracker, ActionItemTally tally) {
        return new DebriefLibrary(
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
                new TimelineService(world.incidents, world.timelines, DerivedEntries.NONE, clock),
                tally);
    }
}
