package io.debrief.core.followthrough;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryFollowUps;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who gets a reminder or a digest, when, once only, and nothing about what they may not browse (issue 16). */
class SendingFollowUpsTest {

    /** A Monday: the default digest day. */
    private static final LocalDate TODAY = LocalDate.parse("2026-05-04");

    private static final UserRef ALICE = new UserRef("alice", "Alice Example");
    private static final UserRef OLIVIA = new UserRef("olivia", "Olivia Lead");
    private static final IssueRef OPS_INCIDENT = new IssueRef(901, "OPS-1", "OPS");
    private static final IssueRef PAY_INCIDENT = new IssueRef(902, "PAY-1", "PAY");

    private final TestClock clock = TestClock.at("2026-05-04T07:40:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryItemIndex index = new InMemoryItemIndex();
    private final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryDebriefStore debriefs = new InMemoryDebriefStore();
    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryFollowUps.SettingsStore followUpSettings = new InMemoryFollowUps.SettingsStore();
    private final InMemoryFollowUps.OptOuts optOuts = new InMemoryFollowUps.OptOuts();
    private final InMemoryFollowUps.Leads leads = new InMemoryFollowUps.Leads();
    private final InMemoryFollowUps.Log log = new InMemoryFollowUps.Log();
    private final InMemoryFollowUps.RecordingOutbox outbox = new InMemoryFollowUps.RecordingOutbox();

    private final SendingFollowUps sending = new SendingFollowUps(
            index, tracker, held, incidents, debriefs, settings, followUpSettings, optOuts, leads, log, outbox, clock);

    @BeforeEach
    void aliceWorksInOpsAndPay() {
        tracker.userMayBrowse("alice", "OPS", "PAY");
    }

    /** An open OPS item assigned to Alice, due that many days from today (negative: overdue), in tracker and index. */
    private TrackedIssue itemDueIn(int days) {
        return given(anActionItem()
                .assignee(ALICE)
                .due(TODAY.plusDays(days))
                .of(OPS_INCIDENT)
                .summary("Alert on queue depth <fast>")
                .build());
    }

    private TrackedIssue given(TrackedIssue issue) {
        tracker.given(issue);
        index.put(IndexedItem.of(issue, false, ZoneOffset.UTC));
        return issue;
    }

    @Nested
    class Reminders {

        @BeforeEach
        void noDigestsInTheWay() {
            // reminders only: no project has a lead, so no digest is sent
        }

        @Test
        void the_assignee_is_reminded_of_an_item_due_within_the_reminder_days() {
            // given
            TrackedIssue item = itemDueIn(3);

            // when
            FollowUpReport report = sending.run();

            // then
            assertThat(outbox.reminders)
                    .containsExactly(new Reminder(
                            "alice",
                            ReminderKind.DUE_SOON,
                            item.ref(),
                            "Alert on queue depth <fast>",
                            TODAY.plusDays(3),
                            OPS_INCIDENT));
            assertThat(report.remindersSent()).isEqualTo(1);
        }

        @Test
        void an_item_due_later_than_the_reminder_days_is_not_reminded_yet() {
            itemDueIn(4);

            sending.run();

            assertThat(outbox.reminders).isEmpty();
        }

        @Test
        void the_reminder_days_are_a_setting() {
            // given
            itemDueIn(6);
            followUpSettings.save(new FollowUpSettings(CompletionTargets.DEFAULTS, 7, DayOfWeek.MONDAY));

            // when
            sending.run();

            // then
            assertThat(outbox.reminders).extracting(Reminder::kind).containsExactly(ReminderKind.DUE_SOON);
        }

        @Test
        void an_item_that_became_overdue_is_reminded_as_overdue() {
            itemDueIn(-1);

            sending.run();

            assertThat(outbox.reminders).extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
        }

        @Test
        void an_item_overdue_for_longer_than_the_lookback_is_not_reminded() {
            itemDueIn(-(SendingFollowUps.OVERDUE_LOOKBACK_DAYS + 1));

            sending.run();

            assertThat(outbox.reminders).isEmpty();
        }

        @Test
        void each_reminder_is_sent_once_however_often_the_job_runs() {
            // given
            itemDueIn(2);
            sending.run();

            // when: the same day again, then the next day (still due soon)
            FollowUpReport again = sending.run();
            clock.advanceDays(1);
            sending.run();

            // then
            assertThat(outbox.reminders).hasSize(1);
            assertThat(again.alreadySent()).isEqualTo(1);
        }

        @Test
        void a_due_soon_item_that_becomes_overdue_is_reminded_once_more() {
            // given
            itemDueIn(1);
            sending.run();

            // when
            clock.advanceDays(2);
            sending.run();
            clock.advanceDays(1);
            sending.run();

            // then
            assertThat(outbox.reminders)
                    .extracting(Reminder::kind)
                    .containsExactly(ReminderKind.DUE_SOON, ReminderKind.OVERDUE);
        }

        @Test
        void a_re_planned_item_is_reminded_again_for_its_new_due_date() {
            // given
            TrackedIssue item = itemDueIn(1);
            sending.run();

            // when
            tracker.setDue(item.ref(), TODAY.plusDays(2));
            index.put(IndexedItem.of(tracker.find(item.key()).orElseThrow(), false, ZoneOffset.UTC));
            sending.run();

            // then
            assertThat(outbox.reminders)
                    .extracting(Reminder::due)
                    .containsExactly(TODAY.plusDays(1), TODAY.plusDays(2));
        }

        @Test
        void a_person_who_turned_reminders_off_gets_none() {
            // given
            itemDueIn(1);
            optOuts.set("alice", true);

            // when
            FollowUpReport report = sending.run();

            // then
            assertThat(outbox.reminders).isEmpty();
            assertThat(report.optedOut()).isEqualTo(1);
        }

        @Test
        void turning_reminders_on_again_brings_the_next_ones() {
            itemDueIn(1);
            optOuts.set("alice", true);
            sending.run();

            optOuts.set("alice", false);
            sending.run();

            assertThat(outbox.reminders).hasSize(1);
        }

        @Test
        void nobody_is_reminded_of_an_item_in_a_project_they_may_not_browse() {
            tracker.userMayBrowse("alice", "PAY");
            itemDueIn(1);

            sending.run();

            assertThat(outbox.reminders).isEmpty();
        }

        @Test
        void the_incident_is_left_out_when_the_assignee_may_not_browse_its_project() {
            // given: Alice may browse OPS, not INC
            given(anActionItem().assignee(ALICE).due(TODAY).build());

            // when
            sending.run();

            // then
            assertThat(outbox.reminders)
                    .singleElement()
                    .satisfies(reminder -> assertThat(reminder.incident()).isNull());
        }

        @Test
        void unassigned_resolved_and_undated_items_are_not_reminded() {
            given(anActionItem().due(TODAY).build());
            given(anActionItem().assignee(ALICE).build());
            TrackedIssue resolved = itemDueIn(1);
            // the tracker resolved it; the index has not heard yet
            tracker.given(anActionItem()
                    .ref(resolved.ref())
                    .assignee(ALICE)
                    .due(TODAY.plusDays(1))
                    .status(StatusCategory.DONE)
                    .resolvedAt(clock.instant())
                    .build());

            sending.run();

            assertThat(outbox.reminders).isEmpty();
        }

        @Test
        void a_project_not_taking_part_sends_no_reminders() {
            itemDueIn(1);
            settings.saveProject(new ProjectSettings("OPS", false, Targets.DEFAULT, 14));

            sending.run();

            assertThat(outbox.reminders).isEmpty();
        }

        @Test
        void a_person_without_an_address_is_counted_as_not_sent_and_not_retried() {
            itemDueIn(1);
            outbox.withoutAddress("alice");

            FollowUpReport first = sending.run();
            FollowUpReport second = sending.run();

            assertThat(first.remindersSent()).isZero();
            assertThat(second.alreadySent()).isEqualTo(1);
        }
    }

    @Nested
    class Digests {

        @BeforeEach
        void oliviaLeadsOpsAndPayAndMayBrowseOnlyOps() {
            leads.lead("OPS", "olivia").lead("PAY", "olivia");
            tracker.userMayBrowse("olivia", "OPS");
        }

        @Test
        void the_lead_gets_the_weeks_overdue_items_checkpoints_due_and_debriefs_overdue() {
            // given
            TrackedIssue overdue = itemDueIn(-40);
            itemDueIn(2);
            held.held(OPS_INCIDENT, clock.instant().minus(Duration.ofDays(3)), ALICE);
            incidents.with(anIncident()
                    .id(903)
                    .key("OPS-3")
                    .resolvedAt(clock.instant().minus(Duration.ofDays(5)))
                    .build());
            incidents.with(anIncident()
                    .id(904)
                    .key("OPS-4")
                    .resolvedAt(clock.instant().minus(Duration.ofDays(1)))
                    .build());

            // when
            FollowUpReport report = sending.run();

            // then
            assertThat(outbox.digests).singleElement().satisfies(digest -> {
                assertThat(digest.recipientKey()).isEqualTo("olivia");
                assertThat(digest.projectKey()).isEqualTo("OPS");
                assertThat(digest.week()).isEqualTo(TODAY);
                assertThat(digest.overdueItems())
                        .containsExactly(new Digest.OverdueItem(overdue.ref(), TODAY.minusDays(40), OPS_INCIDENT));
                assertThat(digest.checkpointsDue())
                        .containsExactly(new Digest.CheckpointDue(
                                OPS_INCIDENT, clock.instant().minus(Duration.ofDays(3))));
                assertThat(digest.debriefsOverdue()).extracting(IssueRef::key).containsExactly("OPS-3");
            });
            assertThat(report.digestsSent()).isEqualTo(1);
        }

        @Test
        void a_lead_who_may_not_browse_a_project_gets_nothing_of_it() {
            // given: PAY has an overdue item, a checkpoint due and an overdue debrief; Olivia leads PAY but may not
            // browse it
            given(anActionItem()
                    .ref(new IssueRef(7001, "PAY-7", "PAY"))
                    .assignee(ALICE)
                    .due(TODAY.minusDays(3))
                    .of(PAY_INCIDENT)
                    .build());
            held.held(PAY_INCIDENT, clock.instant().minus(Duration.ofDays(3)), ALICE);
            incidents.with(anIncident()
                    .id(905)
                    .key("PAY-5")
                    .resolvedAt(clock.instant().minus(Duration.ofDays(5)))
                    .build());

            // when
            sending.run();

            // then
            assertThat(outbox.digests).isEmpty();
        }

        @Test
        void an_items_incident_in_a_project_the_lead_may_not_browse_is_left_out() {
            given(anActionItem()
                    .assignee(ALICE)
                    .due(TODAY.minusDays(2))
                    .of(PAY_INCIDENT)
                    .build());

            sending.run();

            assertThat(outbox.digests)
                    .singleElement()
                    .satisfies(digest -> assertThat(digest.overdueItems())
                            .singleElement()
                            .satisfies(item -> assertThat(item.incident()).isNull()));
        }

        @Test
        void one_digest_a_week_starting_on_the_digest_day() {
            // given
            itemDueIn(-2);
            sending.run();

            // when: the rest of the week, then the next Monday
            for (int day = 1; day < 7; day++) {
                clock.advanceDays(1);
                sending.run();
            }
            clock.advanceDays(1);
            sending.run();

            // then
            assertThat(outbox.digests).extracting(Digest::week).containsExactly(TODAY, TODAY.plusDays(7));
        }

        @Test
        void the_first_digest_goes_on_any_day_for_the_week_begun() {
            // given: a Wednesday, the digest day Monday
            itemDueIn(-2);
            clock.advanceDays(2);

            // when
            sending.run();

            // then
            assertThat(outbox.digests).extracting(Digest::week).containsExactly(TODAY);
        }

        @Test
        void nothing_to_report_sends_no_digest() {
            itemDueIn(10);

            sending.run();

            assertThat(outbox.digests).isEmpty();
        }

        @Test
        void a_project_without_a_lead_gets_no_digest() {
            given(anActionItem()
                    .ref(new IssueRef(7002, "WEB-7", "WEB"))
                    .due(TODAY.minusDays(3))
                    .build());

            sending.run();

            assertThat(outbox.digests).isEmpty();
        }

        @Test
        void digests_are_claimed_in_the_log_by_project_lead_and_week() {
            itemDueIn(-2);

            sending.run();

            assertThat(log.keys()).contains("digest:OPS:olivia:2026-05-04");
        }
    }

    @Test
    void a_run_with_nothing_due_sends_nothing() {
        assertThat(sending.run()).isEqualTo(new FollowUpReport(0, 0, 0, 0));
        assertThat(Map.of("reminders", outbox.reminders, "digests", outbox.digests))
                .allSatisfy((kind, sent) -> assertThat(sent).isEmpty());
    }
}
