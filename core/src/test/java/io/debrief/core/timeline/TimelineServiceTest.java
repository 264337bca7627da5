package io.debrief.core.timeline;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static io.debrief.core.testkit.TestViewer.anonymous;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineServiceTest {

    private final TestClock clock = TestClock.at("2026-03-01T12:00:00Z");
    private final Instant t = Instant.parse("2026-03-01T09:00:00Z");
    private final Incident incident = anIncident().id(10_001).key("OPS-1").build();
    private final InMemoryTimelineStore store = new InMemoryTimelineStore();
    private final TestViewer alice = aViewer("alice");
    private List<TimelineEntry> derived = List.of();
    private final TimelineService service = new TimelineService(
            new InMemoryIncidents().with(incident).withOtherIssue(IssueRef.of(20_000, "OPS-2")),
            store,
            ignored -> derived,
            clock);

    @Test
    void adding_records_a_manual_entry_with_author_and_recording_time() {
        // when
        TimelineEntry added = service.add(
                "OPS-1",
                new NewTimelineEntry(EntryKind.STARTED, t, "Error rate rises", " https://grafana.example.com "),
                alice);

        // then
        assertThat(added.id()).isPositive();
        assertThat(added.source()).isEqualTo(EntrySource.MANUAL);
        assertThat(added.authorKey()).isEqualTo("alice");
        assertThat(added.recordedAt()).isEqualTo(clock.instant());
        assertThat(added.link()).isEqualTo("https://grafana.example.com");
        assertThat(added.version()).isEqualTo(1);
        assertThat(service.list("OPS-1", false, alice)).containsExactly(added);
    }

    @Test
    void bad_input_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> service.add("OPS-1", new NewTimelineEntry(EntryKind.NOTE, t, "", null), alice))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.writes()).isZero();
    }

    @Test
    void the_access_policy_guards_every_write() {
        NewTimelineEntry note = new NewTimelineEntry(EntryKind.NOTE, t, "x", null);

        assertThatThrownBy(() -> service.add("OPS-1", note, anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> service.add("OPS-1", note, alice.withoutBrowse()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.add("OPS-1", note, alice.withoutEdit()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.add("OPS-2", note, alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage("debrief.error.not.incident");
        assertThat(store.writes()).isZero();
    }

    @Test
    void readers_without_edit_rights_see_the_timeline_but_not_deleted_entries() {
        service.add("OPS-1", new NewTimelineEntry(EntryKind.NOTE, t, "x", null), alice);

        assertThat(service.list("OPS-1", false, alice.withoutEdit())).hasSize(1);
        assertThatThrownBy(() -> service.list("OPS-1", true, alice.withoutEdit()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void editing_keeps_the_replaced_content_as_a_version() {
        // given
        TimelineEntry added = service.add("OPS-1", new NewTimelineEntry(EntryKind.DETECTED, t, "Pager", null), alice);
        clock.advance(Duration.ofMinutes(5));

        // when
        TimelineEntry edited = service.edit(
                "OPS-1",
                added.id(),
                new TimelineEdit(EntryKind.DETECTED, t.plusSeconds(60), "Pager fired for checkout", null),
                1,
                aViewer("bob"));

        // then
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.text()).isEqualTo("Pager fired for checkout");
        assertThat(service.history("OPS-1", added.id(), alice)).singleElement().satisfies(previous -> {
            assertThat(previous.version()).isEqualTo(1);
            assertThat(previous.text()).isEqualTo("Pager");
            assertThat(previous.at()).isEqualTo(t);
            assertThat(previous.editedBy()).isEqualTo("bob");
            assertThat(previous.editedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void an_edit_based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        // given: two people loaded version 1, the first saved
        TimelineEntry added = service.add("OPS-1", new NewTimelineEntry(EntryKind.NOTE, t, "v1", null), alice);
        service.edit("OPS-1", added.id(), new TimelineEdit(EntryKind.NOTE, t, "v2 by alice", null), 1, alice);

        // when / then
        assertThatThrownBy(() -> service.edit(
                        "OPS-1", added.id(), new TimelineEdit(EntryKind.NOTE, t, "v2 by bob", null), 1, aViewer("bob")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("debrief.error.stale");
        assertThat(service.list("OPS-1", false, alice))
                .extracting(TimelineEntry::text)
                .containsExactly("v2 by alice");
    }

    @Test
    void delete_is_soft_and_restore_brings_the_entry_back() {
        TimelineEntry added = service.add("OPS-1", new NewTimelineEntry(EntryKind.STARTED, t, "start", null), alice);

        service.delete("OPS-1", added.id(), alice);
        assertThat(service.list("OPS-1", false, alice)).isEmpty();
        assertThat(service.list("OPS-1", true, alice))
                .singleElement()
                .extracting(TimelineEntry::deleted)
                .isEqualTo(true);

        TimelineEntry restored = service.restore("OPS-1", added.id(), alice);
        assertThat(restored.deleted()).isFalse();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(service.list("OPS-1", false, alice)).hasSize(1);
    }

    @Test
    void a_deleted_entry_cannot_be_edited_until_restored() {
        TimelineEntry added = service.add("OPS-1", new NewTimelineEntry(EntryKind.NOTE, t, "x", null), alice);
        TimelineEntry deleted = service.delete("OPS-1", added.id(), alice);

        assertThatThrownBy(() -> service.edit(
                        "OPS-1", added.id(), new TimelineEdit(EntryKind.NOTE, t, "y", null), deleted.version(), alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(TimelineService.ENTRY_DELETED);
    }

    @Test
    void an_entry_of_another_incident_is_not_found_through_this_one() {
        TimelineEntry foreign = store.add(anEntry().incidentId(99).build());

        assertThatThrownBy(() -> service.delete("OPS-1", foreign.id(), alice))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(TimelineService.ENTRY_NOT_FOUND);
    }

    @Test
    void derived_entries_from_the_tracker_appear_in_order_without_duplicates() {
        // given
        service.add("OPS-1", new NewTimelineEntry(EntryKind.STARTED, t, "start", null), alice);
        TimelineEntry statusChange = TimelineEntry.derived(
                incident.id(),
                EntryKind.STATUS_CHANGE,
                t.plusSeconds(60),
                "Open -> In Progress",
                EntrySource.JIRA_HISTORY,
                "history:42",
                "bob");
        derived = List.of(statusChange, statusChange);

        // when
        List<TimelineEntry> entries = service.list("OPS-1", false, alice);

        // then
        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(EntryKind.STARTED, EntryKind.STATUS_CHANGE);
    }
}
