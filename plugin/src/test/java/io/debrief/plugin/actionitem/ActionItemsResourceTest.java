package io.debrief.plugin.actionitem;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.plugin.web.testkit.FollowupWorld.BUG;
import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST/GET /incidents/{key}/action-items: who may call it, what it answers, and that refusals create nothing. */
class ActionItemsResourceTest {

    private static final String PATH = "/incidents/INC-12/action-items";

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(ActionItemsResource.class);

    private static String body(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return RestTestHarness.json(fields);
    }

    private static String validBody() {
        return body("summary", "Alert on queue depth", "category", "detect", "due", "2026-04-01", "assignee", "alice");
    }

    @BeforeEach
    void givenAliceSeesTheIncidentsProject() {
        world.tracker.userMayBrowse("alice", "INC");
    }

    private void assertNothingCreated() {
        assertThat(world.tracker.createdActionItems()).isEmpty();
    }

    @Test
    void an_editor_creates_a_labelled_item_linked_to_the_incident() {
        // when
        Reply reply = rest.as(editor("alice")).post(PATH, validBody());

        // then
        assertThat(reply.status()).isEqualTo(201);
        JsonNode json = reply.json();
        String key = json.path("key").asText();
        assertThat(key).startsWith("INC-");
        assertThat(json.path("summary").asText()).isEqualTo("Alert on queue depth");
        assertThat(json.path("category").asText()).isEqualTo("detect");
        assertThat(json.path("due").asText()).isEqualTo("2026-04-01");
        assertThat(json.path("url").asText()).isEqualTo("/browse/" + key);
        TrackedIssue created = world.tracker.find(key).orElseThrow();
        assertThat(created.incident()).isEqualTo(INCIDENT);
        assertThat(created.labels()).containsExactlyInAnyOrder("debrief", "debrief-detect");
        assertThat(world.tracker.createdActionItems().values())
                .singleElement()
                .satisfies(item -> assertThat(item.assigneeKey()).isEqualTo("alice"));
    }

    @Test
    void an_assignee_who_cannot_see_the_items_project_is_400_on_assignee() {
        // when: carol may not browse INC
        Reply reply = rest.as(editor("alice"))
                .post(PATH, body("summary", "Alert on queue depth", "category", "detect", "assignee", "carol"));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("assignee");
        assertThat(reply.body()).contains("carol cannot see project INC");
        assertNothingCreated();
    }

    @Test
    void a_suggestion_is_made_into_one_item_and_a_second_post_is_409_naming_it() {
        // given
        String fromSuggestion = body(
                "summary",
                "Detect this kind of problem sooner",
                "category",
                "detect",
                "suggestion",
                "identified-within-target");
        Reply first = rest.as(editor("alice")).post(PATH, fromSuggestion);

        // when: reload, another tab, a double click
        Reply second = rest.as(editor("alice")).post(PATH, fromSuggestion);

        // then
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains(first.json().path("key").asText());
        assertThat(world.tracker.createdActionItems()).hasSize(1);
    }

    @Test
    void an_unknown_suggestion_is_400_on_suggestion() {
        Reply reply =
                rest.as(editor("alice")).post(PATH, body("summary", "x", "category", "detect", "suggestion", "blame"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("suggestion");
        assertNothingCreated();
    }

    @Test
    void a_due_date_outside_today_to_ten_years_ahead_is_400_on_due() {
        for (String due : List.of("+999999999-12-31", "0001-01-01", "1900-01-01", "2026-01-01")) {
            Reply reply =
                    rest.as(editor("alice")).post(PATH, body("summary", "Alert", "category", "detect", "due", due));

            assertThat(reply.status()).as(due).isEqualTo(400);
            assertThat(reply.fieldErrors()).as(due).containsOnlyKeys("due");
        }
        assertNothingCreated();
    }

    @Test
    void the_label_comes_from_the_settings() {
        world.settings.saveGlobal(new io.debrief.core.settings.GlobalSettings(
                "learning", "0 0 6 * * ?", "Won't Do", "High", java.util.Set.of()));

        Reply reply = rest.as(editor("alice")).post(PATH, validBody());

        assertThat(world.tracker
                        .find(reply.json().path("key").asText())
                        .orElseThrow()
                        .labels())
                .containsExactlyInAnyOrder("learning", "learning-detect");
    }

    @Test
    void anonymous_is_refused_with_401() {
        assertThat(rest.as(anonymous()).post(PATH, validBody()).status()).isEqualTo(401);
        assertNothingCreated();
    }

    @Test
    void a_viewer_who_cannot_edit_the_incident_gets_403() {
        assertThat(rest.as(browseOnly("bob")).post(PATH, validBody()).status()).isEqualTo(403);
        assertNothingCreated();
    }

    @Test
    void a_viewer_who_cannot_browse_the_incident_gets_404() {
        Reply reply = rest.as(ScriptedViewer.as(new UserRef("eve", "Eve")).cannotBrowse(INCIDENT))
                .post(PATH, validBody());

        assertThat(reply.status()).isEqualTo(404);
        assertNothingCreated();
    }

    @Test
    void an_unknown_incident_is_404() {
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/INC-404/action-items", validBody())
                        .status())
                .isEqualTo(404);
        assertNothingCreated();
    }

    @Test
    void an_issue_that_is_not_an_incident_is_409() {
        Reply reply = rest.as(editor("alice")).post("/incidents/" + BUG.key() + "/action-items", validBody());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.message()).contains("isn't an incident");
        assertNothingCreated();
    }

    @Test
    void a_missing_summary_is_400_on_summary() {
        Reply reply = rest.as(editor("alice")).post(PATH, body("category", "fix"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("summary");
        assertNothingCreated();
    }

    @Test
    void an_unknown_category_is_400_on_category_listing_the_choices() {
        Reply reply = rest.as(editor("alice")).post(PATH, body("summary", "Alert", "category", "blame"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("category");
        assertThat(reply.fieldErrors().get("category")).contains("detect, fix, prevent, process");
        assertNothingCreated();
    }

    @Test
    void a_missing_category_is_400_on_category() {
        Reply reply = rest.as(editor("alice")).post(PATH, body("summary", "Alert"));

        assertThat(reply.fieldErrors()).containsOnlyKeys("category");
        assertNothingCreated();
    }

    @Test
    void a_due_date_in_the_past_is_400_on_due() {
        Reply reply = rest.as(editor("alice"))
                .post(PATH, body("summary", "Alert", "category", "detect", "due", "2026-03-19"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("due");
        assertNothingCreated();
    }

    @Test
    void a_malformed_due_date_is_400_on_due_with_an_example() {
        Reply reply = rest.as(editor("alice"))
                .post(PATH, body("summary", "Alert", "category", "detect", "due", "next friday"));

        assertThat(reply.fieldErrors()).containsEntry("due", "Enter a date like 2026-11-24.");
        assertNothingCreated();
    }

    @Test
    void a_malformed_project_key_is_400_on_project_key() {
        Reply reply = rest.as(editor("alice"))
                .post(PATH, body("summary", "Alert", "category", "detect", "projectKey", "not a key"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("projectKey");
        assertNothingCreated();
    }

    @Test
    void a_project_the_viewer_cannot_see_is_400_on_project_key() {
        Reply reply = rest.as(ScriptedViewer.as(new UserRef("alice", "Alice")).cannotBrowseProject("SEC"))
                .post(PATH, body("summary", "Alert", "category", "detect", "projectKey", "SEC"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("projectKey");
        assertNothingCreated();
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        Reply reply = rest.as(editor("alice")).post(PATH, body("summary", " ", "category", "x", "due", "x"));

        assertThat(reply.fieldErrors()).containsOnlyKeys("summary", "category", "due");
    }

    @Test
    void a_body_that_is_not_json_is_400_on_body() {
        Reply reply = rest.as(editor("alice")).post(PATH, "{summary:");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("body");
        assertNothingCreated();
    }

    @Test
    void access_is_checked_before_the_input() {
        assertThat(rest.as(browseOnly("bob")).post(PATH, body("due", "garbage")).status())
                .isEqualTo(403);
    }

    @Test
    void lists_the_incidents_items_with_status_assignee_due_age_and_category() {
        // given
        TrackedIssue open = anActionItem()
                .of(INCIDENT)
                .summary("Alert on queue depth")
                .assignee(new UserRef("alice", "Alice"))
                .due(LocalDate.parse("2026-04-01"))
                .createdAt(Instant.parse("2026-03-10T09:00:00Z"))
                .build();
        TrackedIssue done = anActionItem()
                .of(INCIDENT)
                .category(io.debrief.core.common.ActionItemCategory.FIX)
                .resolvedAt(Instant.parse("2026-03-15T09:00:00Z"))
                .build();
        world.tracker.given(open, done);

        // when
        Reply reply = rest.as(browseOnly("bob")).get(PATH);

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("key").asText()).isEqualTo(open.key());
        assertThat(items.get(0).path("status").asText()).isEqualTo("open");
        assertThat(items.get(0).path("assignee").path("displayName").asText()).isEqualTo("Alice");
        assertThat(items.get(0).path("due").asText()).isEqualTo("2026-04-01");
        assertThat(items.get(0).path("ageDays").asInt()).isEqualTo(10);
        assertThat(items.get(0).path("category").asText()).isEqualTo("detect");
        assertThat(items.get(1).path("status").asText()).isEqualTo("done");
        assertThat(items.get(1).path("category").asText()).isEqualTo("fix");
        assertThat(reply.json().path("knownOpenActions")).isEmpty();
    }

    @Test
    void warns_about_open_items_of_earlier_incidents_in_the_same_project() {
        // given
        IssueRef earlierIncident = new IssueRef(999, "INC-5", "INC");
        TrackedIssue earlier = anActionItem()
                .of(earlierIncident)
                .inProject("INC")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build();
        TrackedIssue after = anActionItem()
                .of(earlierIncident)
                .inProject("INC")
                .createdAt(Instant.parse("2026-03-10T10:00:00Z"))
                .build();
        world.tracker.given(earlier, after);

        // when
        JsonNode known = rest.as(browseOnly("bob")).get(PATH).json().path("knownOpenActions");

        // then
        assertThat(known).hasSize(1);
        assertThat(known.get(0).path("key").asText()).isEqualTo(earlier.key());
        assertThat(known.get(0).path("incident").asText()).isEqualTo("INC-5");
    }

    @Test
    void listing_refuses_anonymous_hidden_and_non_incidents() {
        assertThat(rest.as(anonymous()).get(PATH).status()).isEqualTo(401);
        assertThat(rest.as(ScriptedViewer.as(new UserRef("eve", "Eve")).cannotBrowse(INCIDENT))
                        .get(PATH)
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(editor("alice")).get("/incidents/OPS-1/action-items").status())
                .isEqualTo(409);
        assertThat(rest.as(editor("alice"))
                        .get("/incidents/INC-404/action-items")
                        .status())
                .isEqualTo(404);
    }
}
