package io.debrief.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.NewIncident;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IssueTracker} does, whoever holds the issues: Jira, the in-memory tracker of the tests, the
 * bench's indexed one. A tracker's test implements {@link World} and the parts it serves ({@link Searching},
 * {@link CheckpointSubTasks}, {@link Writing}; {@link Whole} for all three):
 *
 * <pre>{@code
 * class InMemoryIssueTrackerContractTest implements IssueTrackerContract.Whole { ... }
 * }</pre>
 *
 * <p>Each test uses a label of its own, so a tracker whose issues outlive a test (a database) needs no emptying.
 */
public interface IssueTrackerContract {

    /**
     * The tracker under test and the issues it is given. It holds the projects OPS and PAY, the resolutions "Done"
     * and "Won't Do", the priority "High" and the person {@link #member()}, who may browse both projects.
     */
    interface World {

        IssueTracker tracker();

        /** A new open incident in the project, as the tracker holds it. */
        IssueRef anIncident(String projectKey);

        /** A new open debrief item of the incident, in the incident's project, carrying the label. */
        IssueRef anItem(IssueRef incident, String label);

        /** A new debrief item of the incident, carrying the label, already resolved. */
        IssueRef aResolvedItem(IssueRef incident, String label);

        /** Someone who may browse the project and no other, as an audience to search for. */
        Audience personBrowsingOnly(String projectKey);

        /** A person who exists and may browse every project. */
        UserRef member();

        /** A label no other test uses. */
        default String aFreshLabel() {
            return "contract-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    /** Finding issues and searching debrief items. */
    interface Searching extends World {

        @Test
        default void an_item_is_found_by_its_key_with_its_incident_and_label_and_an_unknown_key_is_not() {
            // given
            String label = aFreshLabel();
            IssueRef incident = anIncident("OPS");
            IssueRef item = anItem(incident, label);

            // when
            TrackedIssue found = tracker().find(item.key()).orElseThrow();

            // then
            assertThat(found.ref()).isEqualTo(item);
            assertThat(found.incident()).isEqualTo(incident);
            assertThat(found.hasLabel(label)).isTrue();
            assertThat(found.isOpen()).isTrue();
            assertThat(tracker().find("OPS-987654")).isEmpty();
        }

        @Test
        default void open_items_are_those_with_the_label_still_open_in_the_asked_projects() {
            // given: two open items, one resolved, and one with another label
            String label = aFreshLabel();
            IssueRef opsIncident = anIncident("OPS");
            IssueRef ops = anItem(opsIncident, label);
            IssueRef resolved = aResolvedItem(opsIncident, label);
            IssueRef pay = anItem(anIncident("PAY"), label);
            anItem(opsIncident, aFreshLabel());

            // when / then
            assertThat(keys(tracker().allDebriefItems(ItemSearch.open(label, Set.of()), Audience.system())))
                    .containsExactly(ops.key(), pay.key());
            assertThat(keys(tracker().allDebriefItems(ItemSearch.open(label, Set.of("PAY")), Audience.system())))
                    .containsExactly(pay.key());
            assertThat(keys(tracker().allDebriefItems(ItemSearch.allOfIncident(label, opsIncident), Audience.system())))
                    .containsExactly(ops.key(), resolved.key());
        }

        @Test
        default void a_search_without_incidents_finds_the_same_items_with_their_incident_or_none() {
            // given
            String label = aFreshLabel();
            IssueRef opsIncident = anIncident("OPS");
            IssueRef ops = anItem(opsIncident, label);
            IssueRef pay = anItem(anIncident("PAY"), label);
            ItemSearch open = ItemSearch.open(label, Set.of());

            // when
            List<TrackedIssue> without = tracker().allDebriefItems(open.withoutIncidents(), Audience.system());
            List<TrackedIssue> with = tracker().allDebriefItems(open, Audience.system());

            // then: the same items and fields; an incident, when given at all, is the item's own
            assertThat(keys(without)).containsExactly(ops.key(), pay.key());
            assertThat(keys(with)).containsExactly(ops.key(), pay.key());
            for (TrackedIssue item : without) {
                TrackedIssue same = with.stream()
                        .filter(other -> other.ref().equals(item.ref()))
                        .findFirst()
                        .orElseThrow();
                assertThat(item.withIncident(same.incident())).isEqualTo(same);
                assertThat(item.incident()).isIn(null, same.incident());
            }
            assertThat(with.stream()
                            .filter(item -> item.ref().equals(ops))
                            .findFirst()
                            .orElseThrow()
                            .incident())
                    .isEqualTo(opsIncident);
            assertThat(keys(tracker()
                            .allDebriefItems(
                                    ItemSearch.allOfIncident(label, opsIncident).withoutIncidents(),
                                    Audience.system())))
                    .containsExactly(ops.key());
        }

        @Test
        default void the_issues_visible_to_someone_are_those_a_read_of_them_returns() {
            // given
            String label = aFreshLabel();
            IssueRef ops = anItem(anIncident("OPS"), label);
            IssueRef pay = anItem(anIncident("PAY"), label);
            List<IssueRef> both = List.of(ops, pay);

            // when
            Set<Long> toOpsReader = tracker().visible(both, personBrowsingOnly("OPS"));
            Set<Long> toSystem = tracker().visible(both, Audience.system());

            // then
            assertThat(toOpsReader).containsExactly(ops.id());
            assertThat(toSystem).containsExactlyInAnyOrder(ops.id(), pay.id());
            assertThat(toOpsReader)
                    .isEqualTo(
                            new java.util.HashSet<>(tracker().issues(Map.of(), both, personBrowsingOnly("OPS")).stream()
                                    .map(read -> read.issue().ref().id())
                                    .toList()));
            assertThat(tracker().visible(List.of(), Audience.system())).isEmpty();
        }

        @Test
        default void issues_read_together_keep_the_callers_incident_only_where_the_person_may_see_it() {
            // given: an OPS item recorded once under its OPS incident, once under a PAY one
            String label = aFreshLabel();
            IssueRef opsIncident = anIncident("OPS");
            IssueRef payIncident = anIncident("PAY");
            IssueRef item = anItem(opsIncident, label);

            // when
            IssueTracker.Read own = tracker()
                    .issues(Map.of(item.id(), opsIncident), List.of(item), personBrowsingOnly("OPS"))
                    .get(0);
            IssueTracker.Read hidden = tracker()
                    .issues(Map.of(item.id(), payIncident), List.of(item), personBrowsingOnly("OPS"))
                    .get(0);
            IssueTracker.Read bySystem = tracker()
                    .issues(Map.of(item.id(), payIncident), List.of(item), Audience.system())
                    .get(0);

            // then
            assertThat(own.issue().incident()).isEqualTo(opsIncident);
            assertThat(hidden.issue().ref()).isEqualTo(item);
            assertThat(hidden.issue().incident()).isNull();
            assertThat(bySystem.issue().incident()).isEqualTo(payIncident);
        }

        @Test
        default void a_person_finds_only_the_items_of_projects_they_may_browse() {
            // given
            String label = aFreshLabel();
            IssueRef ops = anItem(anIncident("OPS"), label);
            IssueRef pay = anItem(anIncident("PAY"), label);

            // when
            List<TrackedIssue> seen =
                    tracker().allDebriefItems(ItemSearch.open(label, Set.of()), personBrowsingOnly("OPS"));

            // then
            assertThat(keys(seen)).containsExactly(ops.key());
            assertThat(keys(tracker().allDebriefItems(ItemSearch.open(label, Set.of()), Audience.system())))
                    .containsExactly(ops.key(), pay.key());
        }

        @Test
        default void items_come_in_pages_with_the_total() {
            // given
            String label = aFreshLabel();
            IssueRef incident = anIncident("OPS");
            for (int i = 0; i < 5; i++) {
                anItem(incident, label);
            }

            // when
            Page<TrackedIssue> second =
                    tracker().debriefItems(ItemSearch.open(label, Set.of()), Audience.system(), new PageRequest(2, 2));
            Page<TrackedIssue> last =
                    tracker().debriefItems(ItemSearch.open(label, Set.of()), Audience.system(), new PageRequest(4, 2));

            // then
            assertThat(second.items()).hasSize(2);
            assertThat(second.total()).isEqualTo(5);
            assertThat(second.hasMore()).isTrue();
            assertThat(last.items()).hasSize(1);
            assertThat(last.hasMore()).isFalse();
        }
    }

    /** The checkpoint job's sub-tasks, found again by number after a crash. */
    interface CheckpointSubTasks extends World {

        @Test
        default void a_checkpoint_sub_task_is_found_again_by_its_incident_and_number_only() {
            // given
            IssueRef incident = anIncident("OPS");
            IssueRef other = anIncident("OPS");
            LocalDate due = LocalDate.now().plusDays(1);

            // when
            IssueRef checkpoint = tracker()
                    .createCheckpointSubTask(new NewCheckpointSubTask(
                            incident, 1, CheckpointSummary.of(1, 14, incident), List.of(), member(), due));

            // then
            assertThat(checkpoint.projectKey()).isEqualTo("OPS");
            assertThat(tracker().findCheckpointSubTask(incident, 1)).hasValue(checkpoint);
            assertThat(tracker().findCheckpointSubTask(incident, 2)).isEmpty();
            assertThat(tracker().findCheckpointSubTask(other, 1)).isEmpty();
        }
    }

    /** Action items, labels, resolutions, priorities and due dates, and what the tracker holds. */
    interface Writing extends World {

        @Test
        default void an_action_item_is_created_open_with_its_labels_and_found_under_its_incident() {
            // given
            String label = aFreshLabel();
            IssueRef incident = anIncident("PAY");
            LocalDate due = LocalDate.now().plusDays(10);

            // when
            IssueRef item = tracker()
                    .createActionItem(
                            new NewActionItem(
                                    incident,
                                    "PAY",
                                    "Task",
                                    "Alert on acquirer latency",
                                    null,
                                    due,
                                    ActionItemCategory.DETECT),
                            label);

            // then
            TrackedIssue found = tracker().find(item.key()).orElseThrow();
            assertThat(found.ref().projectKey()).isEqualTo("PAY");
            assertThat(found.summary()).isEqualTo("Alert on acquirer latency");
            assertThat(found.status()).isEqualTo(StatusCategory.TO_DO);
            assertThat(found.due()).isEqualTo(due);
            assertThat(found.incident()).isEqualTo(incident);
            assertThat(found.category()).isEqualTo(ActionItemCategory.DETECT);
            assertThat(found.labels()).contains(label, ActionItemCategory.DETECT.labelBeside(label));
            assertThat(keys(tracker().allDebriefItems(ItemSearch.allOfIncident(label, incident), Audience.system())))
                    .containsExactly(item.key());
        }

        @Test
        default void a_label_is_added_once() {
            // given
            IssueRef item = anItem(anIncident("OPS"), aFreshLabel());
            String extra = aFreshLabel();

            // when / then
            assertThat(tracker().addLabel(item, extra)).isTrue();
            assertThat(tracker().addLabel(item, extra)).isFalse();
            assertThat(tracker().find(item.key()).orElseThrow().hasLabel(extra)).isTrue();
        }

        @Test
        default void resolving_closes_the_item_with_a_resolution_the_tracker_knows() {
            // given
            IssueRef item = anItem(anIncident("OPS"), aFreshLabel());

            // when / then
            assertThat(tracker().canResolve(item, "Won't Do")).isTrue();
            assertThat(tracker().canResolve(item, "Abandoned")).isFalse();
            tracker().resolve(item, "Won't Do", "No longer relevant after the migration");
            TrackedIssue resolved = tracker().find(item.key()).orElseThrow();
            assertThat(resolved.status()).isEqualTo(StatusCategory.DONE);
            assertThat(resolved.resolved()).isNotNull();
        }

        @Test
        default void priority_and_due_date_can_be_changed_and_the_due_date_cleared() {
            // given
            IssueRef item = anItem(anIncident("OPS"), aFreshLabel());
            LocalDate later = LocalDate.now().plusDays(30);

            // when
            tracker().setPriority(item, "High");
            tracker().setDue(item, later);

            // then
            TrackedIssue changed = tracker().find(item.key()).orElseThrow();
            assertThat(changed.priority()).isEqualTo("High");
            assertThat(changed.due()).isEqualTo(later);
            tracker().setDue(item, null);
            assertThat(tracker().find(item.key()).orElseThrow().due()).isNull();
        }

        @Test
        default void the_tracker_holds_its_projects_resolutions_and_priorities_matching_names_in_any_case() {
            assertThat(tracker().has(IssueTracker.Named.PROJECT, "OPS")).isTrue();
            assertThat(tracker().has(IssueTracker.Named.PROJECT, "NOPE")).isFalse();
            assertThat(tracker().has(IssueTracker.Named.RESOLUTION, "won't do")).isTrue();
            assertThat(tracker().has(IssueTracker.Named.RESOLUTION, "Abandoned"))
                    .isFalse();
            assertThat(tracker().has(IssueTracker.Named.PRIORITY, "high")).isTrue();
            assertThat(tracker().has(IssueTracker.Named.PRIORITY, "Urgent")).isFalse();
        }

        @Test
        default void a_member_may_browse_the_projects_and_someone_unknown_may_not() {
            assertThat(tracker().mayBrowse(member().key(), "OPS")).isTrue();
            assertThat(tracker().mayBrowse(member().key(), "PAY")).isTrue();
            assertThat(tracker().mayBrowse("nobody-" + aFreshLabel(), "OPS")).isFalse();
        }
    }

    /** The "Debrief repeat" link between an incident and an earlier one. */
    interface RepeatLinks extends World {

        @Test
        default void an_incident_linked_as_a_repeat_lists_the_earlier_incident_once_and_only_itself() {
            // given
            IssueRef earlier = anIncident("OPS");
            IssueRef repeat = anIncident("OPS");
            IssueRef unrelated = anIncident("PAY");

            // when
            tracker().linkAsRepeat(repeat, earlier);
            tracker().linkAsRepeat(repeat, earlier);

            // then
            assertThat(tracker().repeatOf(repeat)).containsExactly(earlier);
            assertThat(tracker().repeatOf(earlier)).isEmpty();
            assertThat(tracker().repeatOf(unrelated)).isEmpty();
        }
    }

    /**
     * Opening an Incident issue as an event source's acting user. The world's {@link #incidentOpener()} may create
     * issues in OPS and PAY; {@link #browsingOnly()} may only browse OPS.
     */
    interface OpeningIncidents extends World {

        /** The username of someone who may create issues in OPS and PAY. */
        String incidentOpener();

        /** The username of someone who may browse OPS and create nothing there. */
        String browsingOnly();

        @Test
        default void a_user_who_may_create_issues_in_the_project_may_open_incidents_and_others_may_not() {
            // when
            Optional<UserRef> opener = tracker().incidentReporter(incidentOpener(), "OPS");

            // then
            assertThat(opener).isPresent();
            assertThat(tracker().incidentReporter(browsingOnly(), "OPS")).isEmpty();
            assertThat(tracker().incidentReporter("nobody-" + aFreshLabel(), "OPS"))
                    .isEmpty();
            assertThat(tracker().incidentReporter(incidentOpener(), "NOPE")).isEmpty();
        }

        @Test
        default void an_incident_is_created_open_in_its_project_with_the_alert_as_its_summary() {
            // given
            UserRef opener = tracker().incidentReporter(incidentOpener(), "PAY").orElseThrow();
            String title = "HighErrorRate: checkout 5xx above 2% " + aFreshLabel();

            // when
            IssueRef created = tracker()
                    .createIncident(new NewIncident(
                            "PAY",
                            opener.key(),
                            title,
                            "Prometheus",
                            "am:4f2a9c",
                            "https://prometheus.example.org/graph",
                            Map.of("alertname", "HighErrorRate", "service", "checkout")));

            // then
            assertThat(created.projectKey()).isEqualTo("PAY");
            TrackedIssue found = tracker().find(created.key()).orElseThrow();
            assertThat(found.ref()).isEqualTo(created);
            assertThat(found.summary()).isEqualTo(title);
            assertThat(found.status()).isNotEqualTo(StatusCategory.DONE);
            assertThat(found.resolved()).isNull();
        }

        @Test
        default void someone_who_may_not_create_issues_there_is_refused_and_nothing_is_created() {
            // given
            String title = "Disk full " + aFreshLabel();

            // when / then
            assertThatThrownBy(() -> tracker()
                            .createIncident(new NewIncident(
                                    "OPS", browsingOnly(), title, "Prometheus", "am:1", null, Map.of())))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    /** A tracker that serves the whole port. */
    interface Whole extends Searching, CheckpointSubTasks, Writing, RepeatLinks, OpeningIncidents {}

    private static List<String> keys(List<TrackedIssue> issues) {
        return issues.stream().map(TrackedIssue::key).toList();
    }
}
