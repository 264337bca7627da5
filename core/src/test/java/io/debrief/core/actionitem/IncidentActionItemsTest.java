package io.debrief.core.actionitem;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.Question;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemorySuggestedItems;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentActionItemsTest {

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemorySettings settings = new InMemorySettings();
    private final ActionItemService service =
            new ActionItemService(tracker, settings, new InMemoryLabelRemovals(), clock);
    private final InMemorySuggestedItems suggested = new InMemorySuggestedItems();
    private final IncidentActionItems items =
            new IncidentActionItems(incidents, service, tracker, settings, suggested, clock);

    @BeforeEach
    void givenTheIncident() {
        incidents.with(anIncident().id(INCIDENT.id()).key(INCIDENT.key()).build());
        tracker.given(anOrdinaryIssue()
                .ref(INCIDENT)
                .createdAt(Instant.parse("2026-03-09T08:00:00Z"))
                .build());
    }

    private static ActionItemForm form(String summary, String due, String category) {
        return new ActionItemForm(null, null, summary, null, due, category);
    }

    @Test
    void creates_a_labelled_item_in_the_incidents_project_by_default() {
        TrackedIssue created = items.create(
                INCIDENT.key(), form("Alert on queue depth", "2026-04-01", "detect"), ScriptedViewer.as(ALICE));

        assertThat(created.ref().projectKey()).isEqualTo("INC");
        assertThat(created.incident()).isEqualTo(INCIDENT);
        assertThat(created.labels()).containsExactlyInAnyOrder("debrief", "debrief-detect");
        assertThat(created.category()).isEqualTo(ActionItemCategory.DETECT);
        assertThat(created.due()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void reports_every_bad_field_at_once_and_creates_nothing() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> items.create(
                        INCIDENT.key(),
                        new ActionItemForm("ops", null, " ", null, "1 April", "blame"),
                        ScriptedViewer.as(ALICE)));

        assertThat(refused.errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("due", "debrief.error.field.date.invalid"),
                        tuple("category", IncidentActionItems.CATEGORY_UNKNOWN),
                        tuple("projectKey", "debrief.error.actionitem.project.invalid"),
                        tuple("summary", "debrief.error.actionitem.summary.required"));
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void a_project_the_viewer_cannot_see_is_refused_as_a_bad_project() {
        assertThatThrownBy(() -> items.create(
                        INCIDENT.key(),
                        new ActionItemForm("SEC", null, "Rotate keys", null, null, "prevent"),
                        ScriptedViewer.as(ALICE).cannotBrowseProject("SEC")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("projectKey"));
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void an_item_cannot_be_assigned_to_someone_who_cannot_see_its_project() {
        // given: carol may browse OPS only, dave does not exist
        tracker.userMayBrowse("carol", "OPS");

        // when: a PAY item for carol, an INC item for dave, together with another bad field
        InvalidInputException forCarol = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> items.create(
                        INCIDENT.key(),
                        new ActionItemForm("PAY", null, "Reconcile", "carol", null, "fix"),
                        ScriptedViewer.as(ALICE)));
        InvalidInputException forDave = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> items.create(
                        INCIDENT.key(),
                        new ActionItemForm(null, null, " ", "dave", null, "fix"),
                        ScriptedViewer.as(ALICE)));

        // then: refused on "assignee", naming who and where, in the same answer as the other mistakes
        assertThat(forCarol.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("assignee");
            assertThat(error.messageKey()).isEqualTo(ActionItemService.ASSIGNEE_CANNOT_SEE);
            assertThat(error.args()).containsExactly("carol", "PAY");
        });
        assertThat(forDave.errors())
                .extracting(ValidationError::field)
                .containsExactlyInAnyOrder("summary", "assignee");
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void an_item_is_assigned_to_someone_who_can_see_its_project() {
        // given
        tracker.userMayBrowse("carol", "OPS");

        // when
        TrackedIssue created = items.create(
                INCIDENT.key(),
                new ActionItemForm("OPS", null, "Alert on queue depth", "carol", null, "detect"),
                ScriptedViewer.as(ALICE));

        // then
        assertThat(tracker.createdActionItems().get(created.ref()).assigneeKey())
                .isEqualTo("carol");
    }

    @Test
    void the_creation_path_itself_refuses_an_assignee_who_cannot_see_the_item() {
        NewActionItem item =
                new NewActionItem(INCIDENT, "PAY", null, "Reconcile", "carol", null, ActionItemCategory.FIX);

        assertThatThrownBy(() -> service.create(item, ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("assignee"));
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    private static ActionItemForm fromSuggestion(String suggestion) {
        return new ActionItemForm(null, null, "Detect queue backlog within 5 min", null, null, "detect", suggestion);
    }

    @Test
    void a_suggestion_becomes_one_item_and_a_second_creation_is_refused_naming_it() {
        // given: the "identified" suggestion made into an item
        TrackedIssue first =
                items.create(INCIDENT.key(), fromSuggestion("identified-within-target"), ScriptedViewer.as(ALICE));

        // when: the same suggestion again (reload, another tab, a double click)
        assertThatThrownBy(() -> items.create(
                        INCIDENT.key(), fromSuggestion("identified-within-target"), ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(IncidentActionItems.SUGGESTION_TAKEN);
                    assertThat(refused.args()).containsExactly(first.key());
                });

        // then: one item; the suggestion shows it; other suggestions and plain items are still free
        assertThat(tracker.createdActionItems()).hasSize(1);
        assertThat(items.suggestionsTaken(incidents.byKey(INCIDENT.key()).orElseThrow(), ScriptedViewer.as(ALICE)))
                .containsExactly(java.util.Map.entry(Question.IDENTIFIED_WITHIN_TARGET, Optional.of(first.ref())));
        items.create(INCIDENT.key(), fromSuggestion("fixed-within-target"), ScriptedViewer.as(ALICE));
        items.create(INCIDENT.key(), form("Alert on queue depth", null, "detect"), ScriptedViewer.as(ALICE));
        items.create(INCIDENT.key(), form("Alert on queue depth", null, "detect"), ScriptedViewer.as(ALICE));
        assertThat(tracker.createdActionItems()).hasSize(4);
    }

    @Test
    void a_suggestion_whose_item_could_not_be_created_can_be_created_again() {
        // given
        tracker.refuseNewItems();
        assertThatThrownBy(
                        () -> items.create(INCIDENT.key(), fromSuggestion("auto-resolved"), ScriptedViewer.as(ALICE)))
                .isInstanceOf(IllegalStateException.class);

        // when
        tracker.stopFailing();
        TrackedIssue created = items.create(INCIDENT.key(), fromSuggestion("auto-resolved"), ScriptedViewer.as(ALICE));

        // then
        assertThat(suggested.taken(INCIDENT)).containsEntry(Question.AUTO_RESOLVED, Optional.of(created.ref()));
    }

    @Test
    void a_creation_that_died_half_way_blocks_the_suggestion_for_ten_minutes_only() {
        // given: a claim whose item was never recorded (the node died between claim and create)
        suggested.claim(INCIDENT, Question.IDENTIFIED_WITHIN_TARGET, clock.instant(), clock.instant());

        // when / then: at once it is taken, as if being created
        assertThatThrownBy(() -> items.create(
                        INCIDENT.key(), fromSuggestion("identified-within-target"), ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.messageKey())
                                .isEqualTo(IncidentActionItems.SUGGESTION_TAKEN_UNNAMED));

        // and after ten minutes it can be created again
        clock.advance(IncidentActionItems.ABANDONED_AFTER.plusSeconds(1));
        TrackedIssue created =
                items.create(INCIDENT.key(), fromSuggestion("identified-within-target"), ScriptedViewer.as(ALICE));
        assertThat(suggested.taken(INCIDENT))
                .containsEntry(Question.IDENTIFIED_WITHIN_TARGET, Optional.of(created.ref()));
    }

    @Test
    void a_refused_form_does_not_take_the_suggestion() {
        assertThatThrownBy(() -> items.create(
                        INCIDENT.key(),
                        new ActionItemForm(null, null, " ", null, null, "detect", "identified-within-target"),
                        ScriptedViewer.as(ALICE)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(suggested.taken(INCIDENT)).isEmpty();
    }

    @Test
    void an_unknown_suggestion_is_400_on_suggestion() {
        assertThatThrownBy(
                        () -> items.create(INCIDENT.key(), fromSuggestion("blame-someone"), ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("suggestion"));
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void a_suggestion_taken_by_an_item_the_viewer_cannot_see_is_shown_and_refused_without_its_key() {
        // given: alice made the suggestion into a SEC item, which carol may not browse
        tracker.userMayBrowse("alice", "INC", "SEC");
        TrackedIssue secret = items.create(
                INCIDENT.key(),
                new ActionItemForm("SEC", null, "Rotate keys", null, null, "prevent", "fixed-within-target"),
                ScriptedViewer.as(ALICE));
        ScriptedViewer carol = ScriptedViewer.as(ALICE).cannotBrowseProject("SEC");

        // when / then
        assertThat(items.suggestionsTaken(incidents.byKey(INCIDENT.key()).orElseThrow(), carol))
                .containsExactly(java.util.Map.entry(Question.FIXED_WITHIN_TARGET, Optional.empty()));
        assertThatThrownBy(() -> items.create(INCIDENT.key(), fromSuggestion("fixed-within-target"), carol))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(IncidentActionItems.SUGGESTION_TAKEN_UNNAMED);
                    assertThat(refused.args()).isEmpty();
                });
        assertThat(tracker.createdActionItems()).containsOnlyKeys(secret.ref());
    }

    @Test
    void a_past_due_date_is_refused() {
        assertThatThrownBy(() ->
                        items.create(INCIDENT.key(), form("Alert", "2026-03-09", "detect"), ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("due"));
    }

    @Test
    void access_comes_before_input_and_other_issues_are_conflicts() {
        incidents.withOtherIssue(new IssueRef(77, "OPS-77", "OPS"));

        assertThatThrownBy(() -> items.create(
                        INCIDENT.key(),
                        form("", "x", "y"),
                        ScriptedViewer.as(ALICE).cannotEdit(INCIDENT)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> items.create("OPS-77", form("Alert", null, "detect"), ScriptedViewer.as(ALICE)))
                .isInstanceOf(ConflictException.class);
        assertThat(tracker.createdActionItems()).isEmpty();
    }

    @Test
    void lists_the_incidents_items_and_the_known_open_actions_of_earlier_incidents() {
        // given
        TrackedIssue mine = anActionItem().build();
        TrackedIssue mineDone =
                anActionItem().resolvedAt(Instant.parse("2026-03-09T18:00:00Z")).build();
        TrackedIssue earlier = anActionItem()
                .of(OTHER_INCIDENT)
                .inProject("INC")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build();
        TrackedIssue later = anActionItem()
                .of(OTHER_INCIDENT)
                .inProject("INC")
                .createdAt(Instant.parse("2026-03-09T09:00:00Z"))
                .build();
        tracker.given(mine, mineDone, earlier, later);

        // when
        IncidentActionItems.Listing listing = items.list(INCIDENT.key(), ScriptedViewer.as(ALICE));

        // then
        assertThat(listing.items()).containsExactly(mine, mineDone);
        assertThat(listing.knownOpenActions()).containsExactly(earlier);
    }

    @Test
    void known_open_actions_the_viewer_cannot_browse_are_left_out() {
        TrackedIssue earlier = anActionItem()
                .of(OTHER_INCIDENT)
                .inProject("INC")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build();
        tracker.given(earlier);

        IncidentActionItems.Listing listing =
                items.list(INCIDENT.key(), ScriptedViewer.as(ALICE).cannotBrowse(earlier.ref()));

        assertThat(listing.knownOpenActions()).isEmpty();
    }

    @Test
    void a_known_open_action_of_an_incident_the_viewer_cannot_browse_is_shown_without_that_incident() {
        // given: an INC item of an earlier incident in PAY, a project this viewer may not browse
        IssueRef payIncident = new IssueRef(3006, "PAY-6", "PAY");
        TrackedIssue earlier = anActionItem()
                .of(payIncident)
                .inProject("INC")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build();
        tracker.given(earlier);

        // when
        IncidentActionItems.Listing listing =
                items.list(INCIDENT.key(), ScriptedViewer.as(ALICE).cannotBrowseProject("PAY"));

        // then
        assertThat(listing.knownOpenActions()).singleElement().satisfies(item -> {
            assertThat(item.ref()).isEqualTo(earlier.ref());
            assertThat(item.incident()).isNull();
        });
    }
}
