package io.debrief.core.actionitem;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionItemServiceTest {

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryLabelRemovals removals = new InMemoryLabelRemovals();
    private final ActionItemService service = new ActionItemService(tracker, settings, removals, clock);

    @BeforeEach
    void givenTheIncidentExists() {
        tracker.given(anOrdinaryIssue().ref(INCIDENT).build());
    }

    private static NewActionItem addAlert() {
        return new NewActionItem(
                INCIDENT,
                null,
                null,
                "Alert on queue depth",
                null,
                LocalDate.parse("2026-04-01"),
                ActionItemCategory.DETECT);
    }

    @Test
    void creates_a_labelled_item_linked_to_its_incident() {
        IssueRef created = service.create(addAlert(), ScriptedViewer.as(ALICE));

        TrackedIssue item = tracker.find(created.key()).orElseThrow();
        assertThat(item.incident()).isEqualTo(INCIDENT);
        assertThat(item.labels()).containsExactlyInAnyOrder("debrief", "debrief-detect");
        assertThat(item.category()).isEqualTo(ActionItemCategory.DETECT);
        assertThat(item.summary()).isEqualTo("Alert on queue depth");
    }

    @Test
    void refuses_a_viewer_who_cannot_edit_the_incident_and_creates_nothing() {
        assertThatThrownBy(() ->
                        service.create(addAlert(), ScriptedViewer.as(ALICE).cannotEdit(INCIDENT)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void hides_an_incident_the_viewer_cannot_browse() {
        assertThatThrownBy(() ->
                        service.create(addAlert(), ScriptedViewer.as(ALICE).cannotBrowse(INCIDENT)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void asks_anonymous_callers_to_log_in() {
        assertThatThrownBy(() -> service.create(addAlert(), ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void creates_nothing_on_bad_input() {
        NewActionItem noSummary = new NewActionItem(INCIDENT, null, null, "", null, null, ActionItemCategory.FIX);

        assertThatThrownBy(() -> service.create(noSummary, ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactly("summary"));
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void labels_an_item_once_and_leaves_a_hand_removed_label_alone() {
        TrackedIssue unlabelled = anActionItem().withoutLabel("debrief").build();
        tracker.given(unlabelled);
        ItemCandidate asSubTask = new ItemCandidate(
                unlabelled.ref(),
                "Sub-task",
                Set.of(),
                new ItemCandidate.Related(INCIDENT, "Incident"),
                List.of(),
                false);

        assertThat(service.labelIfDebriefItem(asSubTask)).isEqualTo(LabelDecision.APPLY);
        assertThat(tracker.find(unlabelled.key()).orElseThrow().labels()).contains("debrief");

        ItemCandidate afterRemovalByHand = new ItemCandidate(
                unlabelled.ref(),
                "Sub-task",
                Set.of(),
                new ItemCandidate.Related(INCIDENT, "Incident"),
                List.of(),
                true);
        assertThat(service.labelIfDebriefItem(afterRemovalByHand)).isEqualTo(LabelDecision.REMOVED_BY_HAND);
        assertThat(tracker.labelsAdded()).isEqualTo(1);
    }

    @Test
    void a_recorded_removal_by_hand_stops_relabelling_even_when_the_caller_does_not_know_it() {
        TrackedIssue unlabelled = anActionItem().withoutLabel("debrief").build();
        tracker.given(unlabelled);
        ItemCandidate linked = new ItemCandidate(
                unlabelled.ref(),
                "Task",
                Set.of(),
                null,
                List.of(new ItemCandidate.Link("Debrief action item", new ItemCandidate.Related(INCIDENT, "Incident"))),
                false);

        service.labelRemovedByHand(unlabelled.ref(), ALICE);
        LabelDecision decision = service.labelIfDebriefItem(linked);

        assertThat(decision).isEqualTo(LabelDecision.REMOVED_BY_HAND);
        assertThat(tracker.labelsAdded()).isZero();
        assertThat(removals.removalOf(unlabelled.ref()).at()).isEqualTo(clock.instant());
    }

    @Test
    void a_new_incident_in_a_component_with_open_items_from_earlier_incidents_lists_them() {
        Instant earlier = Instant.parse("2026-02-01T00:00:00Z");
        TrackedIssue knownAction = anActionItem()
                .inProject("INC")
                .inComponent("payments")
                .of(OTHER_INCIDENT)
                .createdAt(earlier)
                .build();
        TrackedIssue otherTeam = anActionItem()
                .inProject("INC")
                .inComponent("search")
                .of(OTHER_INCIDENT)
                .createdAt(earlier)
                .build();
        TrackedIssue doneAlready = anActionItem()
                .inProject("INC")
                .inComponent("payments")
                .of(OTHER_INCIDENT)
                .createdAt(earlier)
                .resolvedAt(earlier.plusSeconds(60))
                .build();
        IssueRef newIncidentRef = new IssueRef(3001, "INC-30", "INC");
        TrackedIssue ownItem = anActionItem()
                .inProject("INC")
                .inComponent("payments")
                .of(newIncidentRef)
                .createdAt(clock.instant())
                .build();
        tracker.given(knownAction, otherTeam, doneAlready, ownItem);
        TrackedIssue newIncident = anOrdinaryIssue()
                .ref(newIncidentRef)
                .inComponent("payments")
                .createdAt(clock.instant())
                .build();

        List<TrackedIssue> known = service.knownOpenActions(newIncident);

        assertThat(known).extracting(TrackedIssue::ref).containsExactly(knownAction.ref());
    }
}
