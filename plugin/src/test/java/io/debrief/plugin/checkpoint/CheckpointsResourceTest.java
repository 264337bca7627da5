package io.debrief.plugin.checkpoint;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.plugin.web.testkit.FollowupWorld.ALICE;
import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /incidents/{key}/checkpoints and POST .../{number}/outcomes: access, answers, bad input, nothing written. */
class CheckpointsResourceTest {

    private static final String PATH = "/incidents/INC-12/checkpoints";
    private static final String CLOSE_ONE = PATH + "/1/outcomes";
    private static final Instant HELD = Instant.parse("2026-03-01T09:00:00Z");
    private static final IssueRef SUB_TASK = new IssueRef(7001, "INC-99", "INC");

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(CheckpointsResource.class);
    private final TrackedIssue alerting =
            anActionItem().of(INCIDENT).summary("Alert on queue depth").build();
    private final TrackedIssue runbook =
            anActionItem().of(INCIDENT).summary("Write the runbook").build();

    @BeforeEach
    void givenAHeldDebriefWithCheckpointOneOpened() {
        world.tracker.given(alerting, runbook);
        world.held.held(INCIDENT, HELD, ALICE);
        world.checkpoints.claim(INCIDENT, 1, HELD.plusSeconds(14 * 86_400), HELD.plusSeconds(14 * 86_400));
        world.checkpoints.markOpened(INCIDENT, 1, SUB_TASK);
    }

    private static Map<String, String> outcome(String item, String outcome, String due, String reason) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("item", item);
        json.put("outcome", outcome);
        if (due != null) {
            json.put("due", due);
        }
        if (reason != null) {
            json.put("reason", reason);
        }
        return json;
    }

    @SafeVarargs
    private static String outcomes(Map<String, String>... each) {
        return RestTestHarness.json(Map.of("outcomes", new ArrayList<>(List.of(each))));
    }

    private String allDone() {
        return outcomes(outcome(alerting.key(), "done", null, null), outcome(runbook.key(), "done", null, null));
    }

    private void assertNothingWritten() {
        assertThat(world.checkpoints.history(INCIDENT).get(0).state()).isEqualTo(Checkpoint.State.OPENED);
        assertThat(world.tracker.find(alerting.key()).orElseThrow().due()).isNull();
        assertThat(world.tracker.resolutionOf(runbook.ref())).isEmpty();
    }

    @Test
    void shows_history_next_due_checkpoint_and_items() {
        // when
        Reply reply = rest.as(browseOnly("bob")).get(PATH);

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("checkpoints")).hasSize(1);
        JsonNode first = json.path("checkpoints").get(0);
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("due").asText()).isEqualTo("2026-03-15T09:00:00Z");
        assertThat(first.path("subTask").asText()).isEqualTo("INC-99");
        assertThat(first.path("state").asText()).isEqualTo("opened");
        assertThat(json.path("next").path("number").asInt()).isEqualTo(2);
        assertThat(json.path("next").path("due").asText()).isEqualTo("2026-03-29T09:00:00Z");
        assertThat(json.path("items")).hasSize(2);
    }

    @Test
    void reading_refuses_anonymous_hidden_and_non_incidents() {
        assertThat(rest.as(anonymous()).get(PATH).status()).isEqualTo(401);
        assertThat(rest.as(ScriptedViewer.as(new UserRef("eve", "Eve")).cannotBrowse(INCIDENT))
                        .get(PATH)
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(editor("alice")).get("/incidents/OPS-1/checkpoints").status())
                .isEqualTo(409);
    }

    @Test
    void closing_records_the_outcomes_and_re_plans_the_due_date() {
        // when
        Reply reply = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "replanned", "2026-04-30", null),
                                outcome(runbook.key(), "dropped", null, "The service is retired")));

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("state").asText()).isEqualTo("closed");
        assertThat(reply.json().path("outcomes")).hasSize(2);
        assertThat(world.checkpoints.history(INCIDENT).get(0).state()).isEqualTo(Checkpoint.State.CLOSED);
        assertThat(world.tracker.find(alerting.key()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(world.tracker.resolutionOf(runbook.ref())).contains("Won't Do");
    }

    @Test
    void closing_with_done_closes_the_item_and_the_sub_task_in_the_tracker() {
        // given
        world.tracker.given(anOrdinaryIssueAs(SUB_TASK));

        // when
        Reply reply = rest.as(editor("alice")).post(CLOSE_ONE, allDone());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(world.tracker.find(alerting.key()).orElseThrow().isOpen()).isFalse();
        assertThat(world.tracker.find(runbook.key()).orElseThrow().isOpen()).isFalse();
        assertThat(world.tracker.find(SUB_TASK.key()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void a_person_who_cannot_see_an_item_neither_needs_nor_sees_nor_changes_it() {
        // given: a PAY item of this incident; carol edits INC but may not browse PAY
        TrackedIssue payItem = anActionItem()
                .of(INCIDENT)
                .inProject("PAY")
                .summary("Reconcile refunds")
                .build();
        world.tracker.given(payItem);
        ScriptedViewer carol = ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowseProject("PAY");

        // when she leaves out one of her items: the 400 names hers only
        Reply missing = rest.as(carol).post(CLOSE_ONE, outcomes(outcome(alerting.key(), "done", null, null)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains(runbook.key()).doesNotContain(payItem.key());

        // when she names the PAY item: refused as unknown, and it is not changed
        Reply named = rest.as(carol)
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "done", null, null),
                                outcome(runbook.key(), "done", null, null),
                                outcome(payItem.key(), "dropped", null, "not mine")));
        assertThat(named.status()).isEqualTo(400);
        assertThat(world.tracker.find(payItem.key()).orElseThrow().isOpen()).isTrue();

        // then closing with her items succeeds, and the PAY item stays open and unrecorded
        Reply closed = rest.as(carol).post(CLOSE_ONE, allDone());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(world.tracker.find(payItem.key()).orElseThrow()).isEqualTo(payItem);
        assertThat(closed.body()).doesNotContain(payItem.key());
    }

    @Test
    void the_history_does_not_show_outcomes_of_items_the_reader_cannot_see() {
        // given: alice, who sees PAY, closed the checkpoint with an outcome for a PAY item
        TrackedIssue payItem = anActionItem().of(INCIDENT).inProject("PAY").build();
        world.tracker.given(payItem);
        rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "done", null, null),
                                outcome(runbook.key(), "done", null, null),
                                outcome(payItem.key(), "replanned", "2026-04-30", null)));

        // when
        Reply asCarol = rest.as(ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowseProject("PAY"))
                .get(PATH);
        Reply asAlice = rest.as(editor("alice")).get(PATH);

        // then
        assertThat(asCarol.json().path("checkpoints").get(0).path("outcomes")).hasSize(2);
        assertThat(asCarol.body()).doesNotContain(payItem.key());
        assertThat(asAlice.json().path("checkpoints").get(0).path("outcomes")).hasSize(3);
    }

    private static TrackedIssue anOrdinaryIssueAs(IssueRef ref) {
        return io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue()
                .ref(ref)
                .build();
    }

    @Test
    void a_replanned_date_far_beyond_or_before_today_is_400_and_nothing_is_written() {
        for (String due : List.of("+999999999-12-31", "1900-01-01")) {
            Reply reply = rest.as(editor("alice"))
                    .post(
                            CLOSE_ONE,
                            outcomes(
                                    outcome(alerting.key(), "replanned", "2026-04-30", null),
                                    outcome(runbook.key(), "replanned", due, null)));

            assertThat(reply.status()).as(due).isEqualTo(400);
            assertThat(reply.fieldErrors()).as(due).containsOnlyKeys("outcomes[1].due");
        }
        assertNothingWritten();
    }

    @Test
    void closed_outcomes_show_in_the_history() {
        rest.as(editor("alice")).post(CLOSE_ONE, allDone());

        JsonNode outcomes = rest.as(browseOnly("bob"))
                .get(PATH)
                .json()
                .path("checkpoints")
                .get(0)
                .path("outcomes");

        assertThat(outcomes).extracting(o -> o.path("outcome").asText()).containsExactly("done", "done");
    }

    @Test
    void anonymous_cannot_close_a_checkpoint() {
        assertThat(rest.as(anonymous()).post(CLOSE_ONE, allDone()).status()).isEqualTo(401);
        assertNothingWritten();
    }

    @Test
    void a_viewer_without_edit_right_gets_403() {
        assertThat(rest.as(browseOnly("bob")).post(CLOSE_ONE, allDone()).status())
                .isEqualTo(403);
        assertNothingWritten();
    }

    @Test
    void a_viewer_who_cannot_browse_gets_404() {
        assertThat(rest.as(ScriptedViewer.as(new UserRef("eve", "Eve")).cannotBrowse(INCIDENT))
                        .post(CLOSE_ONE, allDone())
                        .status())
                .isEqualTo(404);
        assertNothingWritten();
    }

    @Test
    void an_unknown_checkpoint_is_404() {
        assertThat(rest.as(editor("alice"))
                        .post(PATH + "/7/outcomes", allDone())
                        .status())
                .isEqualTo(404);
        assertNothingWritten();
    }

    @Test
    void closing_twice_is_409_and_keeps_the_first_outcomes() {
        rest.as(editor("alice")).post(CLOSE_ONE, allDone());

        Reply second = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "dropped", null, "no"),
                                outcome(runbook.key(), "done", null, null)));

        assertThat(second.status()).isEqualTo(409);
        assertThat(world.tracker.resolutionOf(alerting.ref())).contains("Done");
    }

    @Test
    void a_checkpoint_not_yet_opened_is_409() {
        world.checkpoints.claim(INCIDENT, 2, HELD, HELD);

        assertThat(rest.as(editor("alice"))
                        .post(PATH + "/2/outcomes", allDone())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_replanned_item_needs_a_due_date() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "replanned", null, null),
                                outcome(runbook.key(), "done", null, null)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes[0].due");
        assertNothingWritten();
    }

    @Test
    void a_replanned_date_in_the_past_or_malformed_is_400_on_its_field() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "replanned", "2026-03-01", null),
                                outcome(runbook.key(), "replanned", "soon", null)));

        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes[0].due", "outcomes[1].due");
        assertThat(reply.fieldErrors().get("outcomes[1].due")).isEqualTo("Enter a date like 2026-11-24.");
        assertNothingWritten();
    }

    @Test
    void a_dropped_item_needs_a_reason() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "done", null, null),
                                outcome(runbook.key(), "dropped", null, " ")));

        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes[1].reason");
        assertNothingWritten();
    }

    @Test
    void an_unknown_outcome_or_item_is_400_on_its_field() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        CLOSE_ONE,
                        outcomes(
                                outcome(alerting.key(), "postponed", null, null),
                                outcome(runbook.key(), "done", null, null),
                                outcome("OPS-404", "done", null, null)));

        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes[0].outcome", "outcomes[2].item");
        assertNothingWritten();
    }

    @Test
    void every_open_item_needs_an_outcome() {
        Reply reply = rest.as(editor("alice")).post(CLOSE_ONE, outcomes(outcome(alerting.key(), "done", null, null)));

        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes");
        assertThat(reply.fieldErrors().get("outcomes")).contains(runbook.key());
        assertNothingWritten();
    }

    @Test
    void an_empty_body_names_the_missing_outcomes() {
        Reply reply = rest.as(editor("alice")).post(CLOSE_ONE, "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("outcomes");
        assertNothingWritten();
    }
}
