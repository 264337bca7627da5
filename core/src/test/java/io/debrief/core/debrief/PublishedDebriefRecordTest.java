package io.debrief.core.debrief;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule: a published debrief is a record. Its answers, the targets it was judged against, its facts and its
 * timeline stay as they were at publication, whatever changes later in settings, the tracker or the issue.
 */
class PublishedDebriefRecordTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant DETECTED = STARTED.plus(Duration.ofMinutes(4));
    private static final Instant TRACKER_RESOLVED = STARTED.plus(Duration.ofMinutes(73));

    private final TestClock clock = TestClock.at(TRACKER_RESOLVED.plus(Duration.ofHours(30)));
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
    private final InMemoryDebriefStore debriefs = new InMemoryDebriefStore();
    private final InMemorySettings settings = new InMemorySettings();
    private final List<TimelineEntry> derived = new ArrayList<>();
    private final DebriefService service = new DebriefService(
            incidents,
            timelines,
            incident -> List.copyOf(derived),
            debriefs,
            key -> settings.forProject(key).targets(),
            clock);
    private final TimelineService timeline = new TimelineService(
            incidents, timelines, incident -> List.copyOf(derived), clock, new PublishedTimelines(debriefs, timelines));
    private final DebriefLibrary library = new DebriefLibrary(
            debriefs, incidents, timelines, new InMemoryIssueTracker(clock), settings, service, timeline);
    private final TestViewer alice = aViewer("alice");
    private final Incident pay33 =
            anIncident().id(33).key("PAY-33").resolvedAt(TRACKER_RESOLVED).build();

    /** PAY-33: detected after 4 min (within the default 5), resolved by the tracker after 73 min (over 60). */
    private DebriefView publishedPay33() {
        incidents.with(pay33);
        timeline.add("PAY-33", new NewTimelineEntry(EntryKind.STARTED, STARTED, "migration merged", null), alice);
        timeline.add("PAY-33", new NewTimelineEntry(EntryKind.DETECTED, DETECTED, "alert fired", null), alice);
        derived.add(TimelineEntry.comment(33, STARTED.plusSeconds(600), "rolling back", 501, "bob"));
        service.update(
                "PAY-33", new DebriefEdit(Impact.empty(), "The migration locked the table", AutoResolved.NO), 0, alice);
        service.hold("PAY-33", 1, alice);
        return service.publish("PAY-33", 2, alice);
    }

    static Stream<Arguments> laterChanges() {
        return Stream.<Arguments>of(
                Arguments.of("the project's targets tighten and loosen (3 min / 90 min)", (Consumer<
                                PublishedDebriefRecordTest>)
                        test -> test.settings.saveProject(new ProjectSettings(
                                "PAY", true, new Targets(Duration.ofMinutes(3), Duration.ofMinutes(90)), 14))),
                Arguments.of("the incident is reopened and resolved again a day later", (Consumer<
                                PublishedDebriefRecordTest>)
                        test -> test.incidents.with(anIncident()
                                .id(33)
                                .key("PAY-33")
                                .resolvedAt(TRACKER_RESOLVED.plus(Duration.ofDays(1)))
                                .build())),
                Arguments.of("comments and status changes are added to the issue", (Consumer<
                                PublishedDebriefRecordTest>)
                        test -> test.derived.add(TimelineEntry.statusChange(
                                33, TRACKER_RESOLVED.plus(Duration.ofDays(1)), "Done", "Reopened", 900, "carol"))),
                Arguments.of(
                        "a derived entry disappears from the issue (comment deleted)",
                        (Consumer<PublishedDebriefRecordTest>) test -> test.derived.clear()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterChanges")
    void nothing_that_changes_later_changes_a_published_debrief(
            String what, Consumer<PublishedDebriefRecordTest> change) {
        // given
        DebriefView atPublication = publishedPay33();
        List<TimelineEntry> timelineAtPublication = timeline.list("PAY-33", false, alice);
        LibraryEntry rowAtPublication = library.search(
                        new LibraryQuery("", null, null, null, PageRequest.first(10)), alice)
                .items()
                .get(0);

        // when
        change.accept(this);

        // then
        DebriefView now = service.view("PAY-33", alice);
        assertThat(now.answers()).isEqualTo(atPublication.answers());
        assertThat(now.targets()).isEqualTo(atPublication.targets()).isEqualTo(Targets.DEFAULT);
        assertThat(now.facts()).isEqualTo(atPublication.facts());
        assertThat(now.answers().drafts()).isEqualTo(atPublication.answers().drafts());
        assertThat(now.judgedAtPublication()).isTrue();
        assertThat(timeline.list("PAY-33", false, alice)).isEqualTo(timelineAtPublication);
        PublishedDebrief opened = library.open("PAY-33", alice);
        assertThat(opened.view().answers()).isEqualTo(atPublication.answers());
        assertThat(opened.timeline()).isEqualTo(timelineAtPublication);
        LibraryEntry row = library.search(new LibraryQuery("", null, null, null, PageRequest.first(10)), alice)
                .items()
                .get(0);
        assertThat(row.facts()).isEqualTo(rowAtPublication.facts());
        assertThat(row.targets()).isEqualTo(rowAtPublication.targets());
    }

    @Test
    void the_record_holds_the_targets_facts_and_the_whole_timeline_at_publication() {
        // when
        DebriefView published = publishedPay33();

        // then
        PublishedRecord record = published.debrief().record();
        assertThat(record.targets()).isEqualTo(Targets.DEFAULT);
        assertThat(record.facts())
                .isEqualTo(new IncidentFacts(STARTED, DETECTED, null, TRACKER_RESOLVED).declared(pay33.created()));
        assertThat(record.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(EntryKind.STARTED, EntryKind.DETECTED, EntryKind.COMMENT);
        assertThat(record.takenAt()).isEqualTo(clock.instant());
        assertThat(published.answers().identified()).isInstanceOf(Answer.Yes.class);
        assertThat(published.answers().fixed()).isInstanceOf(Answer.No.class);
    }

    @Test
    void before_publication_the_debrief_follows_the_settings() {
        // given
        incidents.with(pay33);
        timeline.add("PAY-33", new NewTimelineEntry(EntryKind.STARTED, STARTED, "merged", null), alice);
        timeline.add("PAY-33", new NewTimelineEntry(EntryKind.DETECTED, DETECTED, "alert", null), alice);

        // when
        settings.saveProject(
                new ProjectSettings("PAY", true, new Targets(Duration.ofMinutes(3), Duration.ofMinutes(90)), 14));

        // then
        DebriefView view = service.view("PAY-33", alice);
        assertThat(view.judgedAtPublication()).isFalse();
        assertThat(view.answers().identified()).isInstanceOf(Answer.No.class);
        assertThat(view.answers().fixed()).isInstanceOf(Answer.Yes.class);
    }

    @Test
    void a_debrief_published_before_records_were_kept_is_frozen_once_by_the_upgrade() {
        // given: published by the previous release, without a record
        publishedPay33();
        Debrief legacy = debriefs.find(33).orElseThrow();
        Debrief withoutRecord = new Debrief(
                33,
                DebriefStatus.PUBLISHED,
                legacy.impact(),
                legacy.analysis(),
                legacy.autoResolved(),
                legacy.heldAt(),
                legacy.heldBy(),
                legacy.publishedAt(),
                legacy.publishedBy(),
                legacy.version(),
                legacy.updatedAt(),
                legacy.updatedBy(),
                null,
                null);
        debriefs.save(pay33, withoutRecord, legacy.version());

        // when
        boolean frozen = service.freezeIfUnrecorded(pay33);
        boolean again = service.freezeIfUnrecorded(pay33);
        settings.saveProject(
                new ProjectSettings("PAY", true, new Targets(Duration.ofMinutes(3), Duration.ofMinutes(90)), 14));

        // then
        assertThat(frozen).isTrue();
        assertThat(again).isFalse();
        Debrief upgraded = debriefs.find(33).orElseThrow();
        assertThat(upgraded.record().targets()).isEqualTo(Targets.DEFAULT);
        assertThat(upgraded.analysis()).isEqualTo(legacy.analysis());
        assertThat(upgraded.publishedAt()).isEqualTo(legacy.publishedAt());
        assertThat(service.view("PAY-33", alice).answers().fixed()).isInstanceOf(Answer.No.class);
    }

    @Test
    void the_upgrade_records_every_unrecorded_published_debrief_across_pages_once() {
        // given: more unrecorded debriefs than one page, one recorded, one whose issue was deleted
        int count = RecordUnrecordedDebriefs.PAGE + 3;
        for (long id = 1_001; id <= 1_000 + count; id++) {
            Incident incident = anIncident()
                    .id(id)
                    .key("OPS-" + id)
                    .resolvedAt(TRACKER_RESOLVED)
                    .build();
            incidents.with(incident);
            debriefs.save(
                    incident,
                    new Debrief(
                            id,
                            DebriefStatus.PUBLISHED,
                            Impact.empty(),
                            "learned",
                            AutoResolved.NO,
                            STARTED,
                            alice.person(),
                            STARTED.plusSeconds(id),
                            alice.person(),
                            0,
                            STARTED,
                            alice.person(),
                            null,
                            null),
                    0);
        }
        Incident gone = anIncident().id(9_999).key("OPS-9999").build();
        debriefs.save(
                gone,
                new Debrief(
                        9_999,
                        DebriefStatus.PUBLISHED,
                        Impact.empty(),
                        "learned",
                        AutoResolved.NO,
                        STARTED,
                        alice.person(),
                        STARTED,
                        alice.person(),
                        0,
                        STARTED,
                        alice.person(),
                        null,
                        null),
                0);
        publishedPay33();
        RecordUnrecordedDebriefs upgrade = new RecordUnrecordedDebriefs(debriefs, incidents, service);

        // when
        RecordUnrecordedDebriefs.Outcome first = upgrade.run();
        RecordUnrecordedDebriefs.Outcome second = upgrade.run();

        // then
        assertThat(first).isEqualTo(new RecordUnrecordedDebriefs.Outcome(count, 1));
        assertThat(second).isEqualTo(new RecordUnrecordedDebriefs.Outcome(0, 1));
        assertThat(debriefs.find(1_001).orElseThrow().record().facts().resolvedAt())
                .isEqualTo(TRACKER_RESOLVED);
    }

    @Test
    void the_upgrade_leaves_debriefs_that_are_not_published_alone() {
        incidents.with(pay33);
        service.update("PAY-33", new DebriefEdit(Impact.empty(), "draft", AutoResolved.NO), 0, alice);

        assertThat(service.freezeIfUnrecorded(pay33)).isFalse();
        assertThat(debriefs.find(33).orElseThrow().record()).isNull();
    }
}
