package io.debrief.plugin.review;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TrackerFixtures;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.testkit.InMemoryDebriefWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import io.debrief.plugin.web.testkit.Viewers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    private final InMemoryDebriefWorld world = new InMemoryDebriefWorld("2026-03-20T10:00:00Z");
    private final RestTestHarness rest = RestTestHarness.with(ReviewResource.class)
            .bind(DebriefApplication.class, world.app())
            .start();

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private TrackedIssue item(String project, int ageDays) {
        TrackedIssue item = anActionItem()
                .inProject(project)
                .createdAt(daysAgo(ageDays))
                .summary(project + " item")
                .build();
        world.tracker.given(item);
        return item;
    }

    private static List<String> keys(Reply reply) {
        List<String> keys = new ArrayList<>();
        reply.json().path("items").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    private static String decision(String decision, String reason, Long version) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (version != null) {
            body.put("version", version);
        }
        return RestTestHarness.json(body);
    }

    @Test
    void anonymous_readers_are_refused_before_their_parameters_are_judged() {
        assertThat(rest.as(anonymous()).get("/review").status()).isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/review?sort=nonsense").status()).isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/review/trends").status()).isEqualTo(401);
        assertThat(rest.as(anonymous())
                        .post("/review/items/OPS-1/decision", decision("keep", null, 0L))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void lists_items_with_their_review_facts_and_totals() {
        // given
        TrackedIssue old = anActionItem()
                .createdAt(daysAgo(40))
                .due(LocalDate.parse("2026-03-01"))
                .summary("Alert on queue depth")
                .build();
        world.tracker.given(old);
        world.decisions.append(new DecisionRecord(old.ref(), Decision.keep(), TrackerFixtures.ALICE, daysAgo(3), 1));

        // when
        Reply reply = rest.as(browseOnly("bob")).get("/review");

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode row = reply.json().path("items").get(0);
        assertThat(row.path("key").asText()).isEqualTo(old.key());
        assertThat(row.path("summary").asText()).isEqualTo("Alert on queue depth");
        assertThat(row.path("incident").asText()).isEqualTo("INC-12");
        assertThat(row.path("ageDays").asLong()).isEqualTo(40);
        assertThat(row.path("due").asText()).isEqualTo("2026-03-01");
        assertThat(row.path("version").asLong()).isEqualTo(1);
        assertThat(row.path("lastDecision").path("decision").asText()).isEqualTo("keep");
        assertThat(row.path("lastDecision").path("by").path("displayName").asText())
                .isEqualTo("Alice Example");
        assertThat(row.path("lastDecision").path("at").asText()).isEqualTo("2026-03-17T10:00:00Z");
        JsonNode totals = reply.json().path("totals");
        assertThat(totals.path("open").asLong()).isEqualTo(1);
        assertThat(totals.path("overdue").asLong()).isEqualTo(1);
        assertThat(totals.path("medianAgeDays").asDouble()).isEqualTo(40.0);
        assertThat(totals.path("completionRate").isNull()).isTrue();
    }

    @Test
    void no_item_of_a_project_the_viewer_cannot_browse_appears_in_items_or_totals() {
        // given
        TrackedIssue ops = item("OPS", 40);
        item("PAY", 50);
        TrackedIssue payClosed = anActionItem()
                .inProject("PAY")
                .createdAt(daysAgo(30))
                .resolvedAt(daysAgo(2))
                .build();
        world.tracker.given(payClosed);
        ScriptedViewer bob = ScriptedViewer.as(BOB).cannotBrowseProject("PAY");

        // when
        Reply all = rest.as(bob).get("/review");
        Reply askedForPay = rest.as(bob).get("/review?projects=OPS,PAY");
        Reply onlyPay = rest.as(bob).get("/review?projects=PAY");

        // then
        assertThat(keys(all)).containsExactly(ops.key());
        assertThat(all.json().path("total").asLong()).isEqualTo(1);
        assertThat(all.json().path("totals").path("open").asLong()).isEqualTo(1);
        assertThat(all.json().path("totals").path("closedThisMonth").asLong()).isZero();
        assertThat(all.json().path("totals").path("medianAgeDays").asDouble()).isEqualTo(40.0);
        assertThat(keys(askedForPay)).containsExactly(ops.key());
        assertThat(keys(onlyPay)).isEmpty();
        assertThat(onlyPay.json().path("totals").path("open").asLong()).isZero();
        assertThat(all.body()).doesNotContain("PAY-");
    }

    @Test
    void filters_by_age_sorts_pages_and_groups() {
        TrackedIssue young = item("OPS", 5);
        TrackedIssue old = item("OPS", 90);
        TrackedIssue middle = item("OPS", 45);

        Reply older = rest.as(editor("alice")).get("/review?olderThanDays=30&sort=age&limit=1&start=1");
        Reply byKey = rest.as(editor("alice")).get("/review?sort=key&groupBy=incident");

        assertThat(keys(older)).containsExactly(middle.key());
        assertThat(older.json().path("total").asLong()).isEqualTo(2);
        assertThat(older.json().path("totals").path("open").asLong()).isEqualTo(3);
        assertThat(keys(byKey)).containsExactly(young.key(), old.key(), middle.key());
        assertThat(byKey.json().path("groups").get(0).path("key").asText()).isEqualTo("INC-12");
        assertThat(byKey.json().path("groups").get(0).path("items")).hasSize(3);
    }

    @Test
    void a_jql_filter_narrows_items_and_totals_and_one_the_tracker_cannot_read_is_400_on_jql() {
        // given
        TrackedIssue ops = item("OPS", 5);
        item("PAY", 5);
        world.tracker.understands(
                "component = payments", issue -> issue.ref().projectKey().equals("OPS"));

        // when
        Reply filtered = rest.as(editor("alice")).get("/review?jql=component%20%3D%20payments");
        Reply unreadable = rest.as(editor("alice")).get("/review?jql=component%20%3D%3D");
        Reply tooLong = rest.as(editor("alice")).get("/review?jql=" + "x".repeat(2001));

        // then
        assertThat(keys(filtered)).containsExactly(ops.key());
        assertThat(filtered.json().path("totals").path("open").asLong()).isEqualTo(1);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.fieldErrors()).containsOnlyKeys("jql");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsOnlyKeys("jql");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "olderThanDays=-1 | olderThanDays",
                "olderThanDays=x  | olderThanDays",
                "groupBy=person   | groupBy",
                "sort=blame       | sort",
                "start=-5         | start",
                "limit=0          | limit",
                "limit=201        | limit"
            })
    void a_bad_parameter_is_400_naming_it(String query, String field) {
        Reply reply = rest.as(editor("alice")).get("/review?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"1\"x", "true", "-1", "1e3", "99999999999999999999"})
    void a_version_that_is_not_a_whole_number_is_refused_by_name_after_the_access_guards(String version) {
        // given
        TrackedIssue item = item("OPS", 40);
        String body = "{\"decision\":\"keep\",\"version\":" + version + "}";

        // when
        Reply editor = rest.as(editor("alice")).post("/review/items/" + item.key() + "/decision", body);
        Reply anonymousCaller = rest.as(anonymous()).post("/review/items/" + item.key() + "/decision", body);

        // then
        if (editor.status() == 400 && editor.fieldErrors().containsKey("body")) {
            // not JSON at all ("1"x): the body, not a field
            assertThat(version).contains("x");
        } else {
            assertThat(editor.status()).isEqualTo(400);
            assertThat(editor.fieldErrors()).containsKey("version");
        }
        assertThat(anonymousCaller.status()).isIn(400, 401);
        assertThat(world.tracker.find(item.key()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void a_malformed_version_from_someone_who_may_not_decide_is_refused_for_that() {
        TrackedIssue item = item("OPS", 40);

        Reply reply = rest.as(Viewers.browseOnly("bob"))
                .post("/review/items/" + item.key() + "/decision", "{\"decision\":\"keep\",\"version\":1.5}");

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void closing_as_irrelevant_resolves_with_the_admin_resolution_and_records_the_reason() {
        TrackedIssue item = item("OPS", 40);

        Reply reply = rest.as(editor("alice"))
                .post(
                        "/review/items/" + item.key() + "/decision",
                        decision("close-irrelevant", "  Replaced by the new alerting stack ", 0L));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("decision").asText()).isEqualTo("close-irrelevant");
        assertThat(reply.json().path("reason").asText()).isEqualTo("Replaced by the new alerting stack");
        assertThat(reply.json().path("version").asLong()).isEqualTo(1);
        assertThat(reply.json().path("by").path("key").asText()).isEqualTo("alice");
        assertThat(world.tracker.resolutionOf(item.ref())).hasValue("Won't Do");
        assertThat(world.tracker.find(item.key()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void prioritise_raises_the_priority_and_keep_is_recorded_in_the_history() {
        TrackedIssue item = item("OPS", 40);

        Reply prioritised = rest.as(editor("alice"))
                .post("/review/items/" + item.key() + "/decision", decision("prioritise", null, 0L));
        Reply kept =
                rest.as(editor("alice")).post("/review/items/" + item.key() + "/decision", decision("keep", null, 1L));

        assertThat(prioritised.status()).isEqualTo(200);
        assertThat(world.tracker.find(item.key()).orElseThrow().priority()).isEqualTo("High");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().path("version").asLong()).isEqualTo(2);
        assertThat(world.decisions.history(item.ref()))
                .extracting(DecisionRecord::decision)
                .containsExactly(Decision.prioritise(), Decision.keep());
    }

    @Test
    void each_row_says_whether_the_viewer_may_decide_on_it_as_the_decision_endpoint_would_answer() {
        TrackedIssue pay = item("PAY", 40);
        TrackedIssue ops = item("OPS", 30);
        ScriptedViewer editsOpsOnly = ScriptedViewer.as(BOB).cannotEdit(pay.ref());

        Reply editorPage = rest.as(editor("alice")).get("/review");
        Reply mixedPage = rest.as(editsOpsOnly).get("/review");
        Reply browseOnlyPage = rest.as(browseOnly("bob")).get("/review");

        assertThat(canDecide(editorPage)).containsExactly(Map.entry(pay.key(), true), Map.entry(ops.key(), true));
        assertThat(canDecide(mixedPage)).containsExactly(Map.entry(pay.key(), false), Map.entry(ops.key(), true));
        assertThat(canDecide(browseOnlyPage)).containsExactly(Map.entry(pay.key(), false), Map.entry(ops.key(), false));
        // what the page offers is what the endpoint accepts
        assertThat(rest.as(editsOpsOnly)
                        .post("/review/items/" + pay.key() + "/decision", decision("keep", null, 0L))
                        .status())
                .isEqualTo(403);
        assertThat(rest.as(editsOpsOnly)
                        .post("/review/items/" + ops.key() + "/decision", decision("keep", null, 0L))
                        .status())
                .isEqualTo(200);
    }

    private static Map<String, Boolean> canDecide(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        Map<String, Boolean> rows = new java.util.LinkedHashMap<>();
        reply.json()
                .path("items")
                .forEach(item -> rows.put(
                        item.path("key").asText(),
                        item.path("canDecide").isBoolean()
                                ? item.path("canDecide").asBoolean()
                                : null));
        return rows;
    }

    @Test
    void a_reader_who_cannot_browse_the_item_gets_404_and_one_who_cannot_edit_it_403() {
        TrackedIssue pay = item("PAY", 40);
        TrackedIssue ops = item("OPS", 40);

        Reply hidden = rest.as(ScriptedViewer.as(BOB).cannotBrowseProject("PAY"))
                .post("/review/items/" + pay.key() + "/decision", decision("keep", null, 0L));
        Reply unknown = rest.as(editor("alice")).post("/review/items/OPS-999999/decision", decision("keep", null, 0L));
        Reply readOnly =
                rest.as(browseOnly("bob")).post("/review/items/" + ops.key() + "/decision", decision("keep", null, 0L));

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(world.decisions.history(pay.ref())).isEmpty();
        assertThat(world.decisions.history(ops.ref())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "close-irrelevant | null | 0    | reason",
                "close-irrelevant | '  ' | 0    | reason",
                "shelve           | null | 0    | decision",
                "null             | null | 0    | decision",
                "keep             | null | null | version"
            })
    void invalid_decisions_are_400_naming_the_field_and_change_nothing(
            String kind, String reason, Long version, String field) {
        TrackedIssue item = item("OPS", 40);

        Reply reply = rest.as(editor("alice"))
                .post("/review/items/" + item.key() + "/decision", decision(kind, reason, version));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsKey(field);
        assertThat(world.decisions.history(item.ref())).isEmpty();
        assertThat(world.tracker.find(item.key()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void a_closed_item_or_a_stale_version_is_409_and_changes_nothing() {
        TrackedIssue closed =
                anActionItem().createdAt(daysAgo(40)).resolvedAt(daysAgo(1)).build();
        TrackedIssue open = item("OPS", 40);
        world.tracker.given(closed);
        world.decisions.append(new DecisionRecord(open.ref(), Decision.keep(), TrackerFixtures.ALICE, daysAgo(3), 1));

        Reply onClosed = rest.as(editor("alice"))
                .post("/review/items/" + closed.key() + "/decision", decision("keep", null, 0L));
        Reply stale = rest.as(editor("alice"))
                .post("/review/items/" + open.key() + "/decision", decision("prioritise", null, 0L));

        assertThat(onClosed.status()).isEqualTo(409);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(world.decisions.history(open.ref())).hasSize(1);
        assertThat(world.tracker.find(open.key()).orElseThrow().priority()).isEqualTo("Medium");
    }

    @Test
    void trends_list_each_month_with_targets_and_refuse_bad_month_counts() {
        Reply reply = rest.as(editor("alice")).get("/review/trends?months=3&projects=OPS");
        Reply tooMany = rest.as(editor("alice")).get("/review/trends?months=25");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("months"))
                .extracting(month -> month.path("month").asText())
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(reply.json()
                        .path("months")
                        .get(0)
                        .path("medianSecondsToDetect")
                        .isNull())
                .isTrue();
        assertThat(reply.json().path("detectTargetSeconds").asLong()).isEqualTo(300);
        assertThat(reply.json().path("resolveTargetSeconds").asLong()).isEqualTo(3600);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.fieldErrors()).containsOnlyKeys("months");
    }

    @Test
    void trends_count_only_incidents_the_viewer_may_browse() {
        io.debrief.core.incident.Incident pay = io.debrief.core.testkit.IncidentFixtures.anIncident()
                .id(77)
                .key("PAY-77")
                .build();
        world.debriefs
                .incident(pay, Instant.parse("2026-03-02T08:00:00Z"), Duration.ofMinutes(2), Duration.ofMinutes(30))
                .debrief(
                        pay,
                        io.debrief.core.testkit.DebriefFixtures.aDebrief()
                                .heldAt(Instant.parse("2026-03-03T08:00:00Z")));

        Reply alice = rest.as(editor("alice")).get("/review/trends?months=1");
        Reply bob = rest.as(ScriptedViewer.as(BOB).cannotBrowseProject("PAY")).get("/review/trends?months=1");

        assertThat(alice.json().path("months").get(0).path("debriefs").asInt()).isEqualTo(1);
        assertThat(bob.json().path("months").get(0).path("debriefs").asInt()).isZero();
        assertThat(bob.json()
                        .path("months")
                        .get(0)
                        .path("heldOnTime")
                        .path("of")
                        .asInt())
                .isZero();
    }

    @Test
    void the_decision_history_is_listed_oldest_first_for_readers_who_may_browse_the_item() {
        TrackedIssue item = item("OPS", 40);
        TrackedIssue pay = item("PAY", 40);
        rest.as(editor("alice")).post("/review/items/" + item.key() + "/decision", decision("prioritise", null, 0L));
        rest.as(editor("alice")).post("/review/items/" + item.key() + "/decision", decision("keep", null, 1L));

        Reply history = rest.as(browseOnly("bob")).get("/review/items/" + item.key() + "/decisions");
        Reply hidden = rest.as(ScriptedViewer.as(BOB).cannotBrowseProject("PAY"))
                .get("/review/items/" + pay.key() + "/decisions");
        Reply anonymousReply = rest.as(anonymous()).get("/review/items/" + item.key() + "/decisions");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json())
                .extracting(record -> record.path("decision").asText())
                .containsExactly("prioritise", "keep");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(anonymousReply.status()).isEqualTo(401);
    }
}
