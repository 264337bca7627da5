package io.debrief.core.actionitem;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatIncidentsTest {

    private static final Instant FEBRUARY = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant NEW_CREATED = Instant.parse("2026-03-09T08:00:00Z");

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final RepeatIncidents repeats = new RepeatIncidents(
            incidents,
            new ActionItemService(tracker, new InMemorySettings(), new InMemoryLabelRemovals(), clock),
            tracker);

    private final Incident earlier = incident(2001, "OPS-1", FEBRUARY.minusSeconds(86_400));
    private final Incident fresh = incident(2002, "OPS-2", NEW_CREATED);
    private final Incident later = incident(2003, "OPS-3", NEW_CREATED.plusSeconds(3600));
    private TrackedIssue openItem;

    private Incident incident(long id, String key, Instant created) {
        Incident incident = anIncident()
                .id(id)
                .key(key)
                .created(created)
                .components("checkout")
                .build();
        incidents.with(incident);
        tracker.given(anOrdinaryIssue()
                .ref(incident.ref())
                .createdAt(created)
                .inComponent("checkout")
                .build());
        return incident;
    }

    @BeforeEach
    void givenAnEarlierIncidentWithAnOpenItem() {
        openItem = anActionItem()
                .of(earlier.ref())
                .summary("Rate-limit retries")
                .inComponent("checkout")
                .createdAt(FEBRUARY)
                .build();
        tracker.given(openItem);
    }

    @Test
    void a_new_incident_shows_the_earlier_incident_with_its_open_items_and_may_be_linked_by_an_editor() {
        // when
        RepeatIncidents.RepeatCheck check = repeats.repeatCheck("OPS-2", ScriptedViewer.as(ALICE));

        // then
        assertThat(check.earlier()).singleElement().satisfies(shown -> {
            assertThat(shown.incident()).isEqualTo(earlier.ref());
            assertThat(shown.openItems()).extracting(TrackedIssue::summary).containsExactly("Rate-limit retries");
            assertThat(shown.linked()).isFalse();
        });
        assertThat(check.canLink()).isTrue();
        assertThat(repeats.repeatCheck("OPS-2", ScriptedViewer.as(BOB).cannotEdit(fresh.ref()))
                        .canLink())
                .isFalse();
    }

    @Test
    void linking_writes_one_repeat_link_and_the_check_then_says_it_is_linked() {
        // when
        RepeatIncidents.RepeatCheck after = repeats.linkAsRepeat("OPS-2", "ops-1", ScriptedViewer.as(ALICE));

        // then
        assertThat(tracker.repeatOf(fresh.ref())).containsExactly(earlier.ref());
        assertThat(after.earlier())
                .singleElement()
                .satisfies(shown -> assertThat(shown.linked()).isTrue());
    }

    @Test
    void a_link_stays_shown_once_the_earlier_items_are_done() {
        // given
        repeats.linkAsRepeat("OPS-2", "OPS-1", ScriptedViewer.as(ALICE));
        tracker.resolveNow(openItem.ref());

        // when
        RepeatIncidents.RepeatCheck check = repeats.repeatCheck("OPS-2", ScriptedViewer.as(ALICE));

        // then
        assertThat(check.earlier()).isEmpty();
        assertThat(check.linkedOthers()).containsExactly(earlier.ref());
        assertThat(check.isEmpty()).isFalse();
    }

    @Test
    void linking_twice_is_409_and_writes_nothing_more() {
        repeats.linkAsRepeat("OPS-2", "OPS-1", ScriptedViewer.as(ALICE));
        int writes = tracker.writes().size();

        assertThatThrownBy(() -> repeats.linkAsRepeat("OPS-2", "OPS-1", ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RepeatIncidents.ALREADY_LINKED));
        assertThat(tracker.writes()).hasSize(writes);
    }

    @Test
    void who_may_link_is_checked_before_the_earlier_key() {
        assertThatThrownBy(() -> repeats.linkAsRepeat("OPS-2", "", ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() ->
                        repeats.linkAsRepeat("OPS-2", "", ScriptedViewer.as(BOB).cannotBrowse(fresh.ref())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        repeats.linkAsRepeat("OPS-2", "", ScriptedViewer.as(BOB).cannotEdit(fresh.ref())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tracker.repeatOf(fresh.ref())).isEmpty();
    }

    @Test
    void a_bad_earlier_incident_is_400_on_earlier_and_nothing_is_linked() {
        incidents.withOtherIssue(IssueRef.of(2009, "OPS-9"));

        assertThat(refusal("OPS-2", " ", ScriptedViewer.as(ALICE))).isEqualTo("debrief.error.field.required");
        assertThat(refusal("OPS-2", "OPS-2", ScriptedViewer.as(ALICE))).isEqualTo(RepeatIncidents.EARLIER_SELF);
        assertThat(refusal("OPS-2", "OPS-404", ScriptedViewer.as(ALICE))).isEqualTo(RepeatIncidents.EARLIER_UNKNOWN);
        assertThat(refusal("OPS-2", "OPS-9", ScriptedViewer.as(ALICE))).isEqualTo(RepeatIncidents.EARLIER_UNKNOWN);
        assertThat(refusal("OPS-2", "OPS-3", ScriptedViewer.as(ALICE))).isEqualTo(RepeatIncidents.EARLIER_NOT_EARLIER);
        assertThat(refusal("OPS-2", "x".repeat(300), ScriptedViewer.as(ALICE)))
                .isEqualTo("debrief.error.field.too.long");
        assertThat(tracker.repeatOf(fresh.ref())).isEmpty();
    }

    @Test
    void an_earlier_incident_the_person_may_not_browse_is_neither_linkable_nor_named() {
        ScriptedViewer bob = ScriptedViewer.as(BOB).cannotBrowse(earlier.ref());

        assertThat(refusal("OPS-2", "OPS-1", bob)).isEqualTo(RepeatIncidents.EARLIER_UNKNOWN);
        RepeatIncidents.RepeatCheck check = repeats.repeatCheck("OPS-2", bob);
        assertThat(check.earlier()).singleElement().satisfies(shown -> {
            assertThat(shown.incident()).isNull();
            assertThat(shown.openItems())
                    .singleElement()
                    .satisfies(item -> assertThat(item.incident()).isNull());
        });
    }

    @Test
    void a_link_to_an_incident_the_reader_may_not_browse_is_not_shown() {
        repeats.linkAsRepeat("OPS-2", "OPS-1", ScriptedViewer.as(ALICE));
        tracker.resolveNow(openItem.ref());

        assertThat(repeats.repeatCheck("OPS-2", ScriptedViewer.as(BOB).cannotBrowse(earlier.ref()))
                        .isEmpty())
                .isTrue();
    }

    private String refusal(String key, String earlierKey, ScriptedViewer viewer) {
        try {
            repeats.linkAsRepeat(key, earlierKey, viewer);
        } catch (InvalidInputException refused) {
            assertThat(refused.errors()).extracting(ValidationError::field).containsExactly("earlier");
            return refused.errors().get(0).messageKey();
        }
        throw new AssertionError("not refused: " + earlierKey);
    }
}
