package io.debrief.core.intake;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A timeline written elsewhere comes in as one document: every entry checked first, all or nothing, the same document
 * twice adds nothing, and times may be instants, offsets or times of day.
 */
class TimelineImportTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T09:12:00Z");

    private final TestClock clock = TestClock.at("2026-11-25T12:00:00Z");
    private final Incident incident =
            anIncident().id(501).key("OPS-12").created(CREATED).build();
    private final InMemoryIncidents incidents = new InMemoryIncidents().with(incident);
    private final InMemoryTimelineStore store = new InMemoryTimelineStore();
    private boolean published;
    private final TimelineService timeline = new TimelineService(
            incidents,
            store,
            DerivedEntries.NONE,
            clock,
            incidentId -> published ? Optional.of(List.of()) : Optional.empty());
    private final TimelineImport imports =
            new TimelineImport(new IncidentAccess(incidents), store, DerivedEntries.NONE, timeline, clock);
    private final TestViewer alice = aViewer("alice");

    private static String document(String head, String... entries) {
        return "{" + head + (head.isEmpty() ? "" : ", ") + "\"entries\": [" + String.join(", ", entries) + "]}";
    }

    private static String entry(String kind, String at, String text) {
        return "{\"kind\": \"" + kind + "\", \"at\": \"" + at + "\", \"text\": \"" + text + "\"}";
    }

    private List<TimelineEntry> stored() {
        return store.entries(incident.id(), true);
    }

    @Test
    void instantsTimesOfDayAndOffsetsFromDetectionBecomeEntriesOfTheImportSource() {
        // given: a detected entry at 09:10 on the timeline
        timeline.add(
                "OPS-12",
                new NewTimelineEntry(EntryKind.DETECTED, Instant.parse("2026-11-24T09:10:00Z"), "Paged", null),
                alice);

        // when: the document mixes an instant with an offset, times of day in Berlin and offsets from detection
        TimelineImport.Result result = imports.importDocument(
                "OPS-12",
                document(
                        "\"zone\": \"Europe/Berlin\"",
                        entry("deploy", "2026-11-24T09:31:00+01:00", "Release 41 of checkout"),
                        entry("started", "09:58", "Errors rise"),
                        entry("mitigated", "+25m", "Rolled back"),
                        entry("note", "-1h30s", "Config reviewed"),
                        "{\"kind\": \"resolved\", \"at\": \"+1h5m\", \"text\": \"Normal for 15 minutes\", "
                                + "\"link\": \"https://status.example.org/1\"}"),
                alice);

        // then: five new entries, at the instants those forms name, from the import, by alice
        assertThat(result.added())
                .extracting(TimelineEntry::kind, TimelineEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryKind.DEPLOY, Instant.parse("2026-11-24T08:31:00Z")),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.STARTED, Instant.parse("2026-11-24T08:58:00Z")),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.MITIGATED, Instant.parse("2026-11-24T09:35:00Z")),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.NOTE, Instant.parse("2026-11-24T08:09:30Z")),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.RESOLVED, Instant.parse("2026-11-24T10:15:00Z")));
        assertThat(result.unchanged()).isZero();
        assertThat(result.added()).allSatisfy(entry -> {
            assertThat(entry.source()).isEqualTo(EntrySource.EXTERNAL);
            assertThat(entry.sourceRef()).matches("import:[0-9a-f]{40}");
            assertThat(entry.authorKey()).isEqualTo(alice.user().orElseThrow().key());
        });
        assertThat(result.added().get(4).link()).isEqualTo("https://status.example.org/1");
        assertThat(stored()).hasSize(6);
    }

    @Test
    void offsetsCountFromTheFirstEntryOrAGivenInstantAndTimesOfDayFromTheDayOfDetection() {
        // given: no detected entry: detection is the creation, 2026-11-24 09:12 UTC

        TimelineImport.Result fromFirst = imports.importDocument(
                "OPS-12",
                document(
                        "\"offsetsFrom\": \"first-entry\"",
                        entry("alert", "08:50", "Alert fires"),
                        entry("detected", "+22m", "Paged")),
                alice);
        TimelineImport.Result fromInstant = imports.importDocument(
                "OPS-12",
                document(
                        "\"offsetsFrom\": \"2026-11-24T10:00:00Z\", \"date\": \"2026-11-23\"",
                        entry("note", "+5m", "Status page updated"),
                        entry("note", "23:40", "Late change the night before")),
                alice);

        assertThat(fromFirst.added())
                .extracting(TimelineEntry::at)
                .containsExactly(Instant.parse("2026-11-24T08:50:00Z"), Instant.parse("2026-11-24T09:12:00Z"));
        assertThat(fromInstant.added())
                .extracting(TimelineEntry::at)
                .containsExactly(Instant.parse("2026-11-24T10:05:00Z"), Instant.parse("2026-11-23T23:40:00Z"));
    }

    @Test
    void theSameDocumentTwiceAddsNothingAndAnEntryTwiceInOneDocumentIsKeptOnce() {
        String doc = document(
                "",
                entry("started", "2026-11-24T08:58:00Z", "Errors rise"),
                entry("detected", "+0m", "Paged"),
                entry("started", "2026-11-24T08:58:00Z", "Errors rise"));

        TimelineImport.Result first = imports.importDocument("OPS-12", doc, alice);
        TimelineImport.Result again = imports.importDocument("OPS-12", doc, alice);

        assertThat(first.added()).hasSize(2);
        assertThat(first.unchanged()).isEqualTo(1);
        assertThat(again.added()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void an_entry_marked_approximate_is_imported_approximate_and_the_others_exact() {
        // when
        TimelineImport.Result result = imports.importDocument(
                "OPS-12",
                document(
                        "",
                        entry("detected", "2026-11-24T09:10:00Z", "Paged"),
                        "{\"kind\": \"acknowledged\", \"at\": \"+3m\", \"text\": \"About three minutes later\", "
                                + "\"approximate\": true}"),
                alice);

        // then
        assertThat(result.added())
                .extracting(TimelineEntry::kind, TimelineEntry::approximate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryKind.DETECTED, false),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.ACKNOWLEDGED, true));
    }

    @Test
    void approximate_other_than_true_or_false_is_refused_on_its_path_and_nothing_is_written() {
        String doc = document(
                "",
                entry("detected", "2026-11-24T09:10:00Z", "Paged"),
                "{\"kind\": \"note\", \"at\": \"+3m\", \"text\": \"x\", \"approximate\": \"roughly\"}");

        assertThatThrownBy(() -> imports.importDocument("OPS-12", doc, alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("entries[1].approximate"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedByItsPathAndNothingIsWritten() {
        // given: two good entries around three bad ones
        String doc = document(
                "\"offsetsFrom\": \"first-entry\"",
                entry("deploy", "2026-11-24T08:31:00Z", "Release"),
                entry("coffee", "08:40", "Break"),
                entry("alert", "at ten", "Alert"),
                "{\"kind\": \"note\", \"at\": \"+3m\"}",
                entry("note", "2026-11-30T08:00:00Z", "Next week"),
                entry("note", "+2m", "Fine"));

        assertThatThrownBy(() -> imports.importDocument("OPS-12", doc, alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly(
                                        "entries[1].kind", "entries[2].at", "entries[3].text", "entries[4].at"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void theDocumentItselfIsCheckedBeforeItsEntries() {
        assertThatThrownBy(() -> imports.importDocument("OPS-12", "{\"entries\": []}", alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("entries"));
        assertThatThrownBy(() -> imports.importDocument("OPS-12", "[1]", alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .contains("body"));
        assertThatThrownBy(() -> imports.importDocument(
                        "OPS-12",
                        document(
                                "\"zone\": \"Mars/Olympus\", \"date\": \"24.11.2026\", \"offsetsFrom\": \"lunch\"",
                                entry("note", "2026-11-24T08:00:00Z", "x")),
                        alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .containsExactlyInAnyOrder("zone", "date", "offsetsFrom"));
        assertThatThrownBy(() -> imports.importDocument(
                        "OPS-12", document("\"offsetsFrom\": \"first-entry\"", entry("note", "+1m", "x")), alice))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field)
                                .contains("entries[0].at"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void onlyThoseWhoMayEditTheTimelineImportAndAPublishedTimelineTakesNothing() {
        TestViewer reader = aViewer("bob").withoutEdit();
        String doc = document("", entry("note", "2026-11-24T08:00:00Z", "x"));

        assertThatThrownBy(() -> imports.importDocument("OPS-12", doc, reader)).isInstanceOf(ForbiddenException.class);
        published = true;
        assertThatThrownBy(() -> imports.importDocument("OPS-12", doc, alice)).isInstanceOf(ConflictException.class);
        assertThat(stored()).isEmpty();
    }
}
