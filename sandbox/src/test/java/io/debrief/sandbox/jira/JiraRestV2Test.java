package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person does around the plugin, through Jira's own REST API v2 on the sandbox, with the plugin loaded as Jira
 * loads it: its listener labels a linked action item, its JQL function finds it, the workflow closes it.
 */
class JiraRestV2Test {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Nested
    class AnActionItemLinkedByHand {

        @Test
        void is_labelled_by_the_plugins_listener_found_by_its_jql_function_and_leaves_it_when_done() throws Exception {
            // given an incident and an ordinary task, created as a person would
            String incident = create("alice", """
                    {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Incident"},
                      "summary": "Queue consumers stalled", "priority": {"name": "High"},
                      "components": [{"name": "platform"}], "assignee": {"name": "alice"}}}""");
            String task = create("alice", """
                    {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"},
                      "summary": "Alert on consumer lag", "priority": {"name": "Medium"}}}""");
            assertThat(labels(task)).isEmpty();

            // when the task is linked to the incident as its action item (Jira: inwardIssue is the link's source)
            var linked = send("alice", "POST", "/rest/api/2/issueLink", """
                    {"type": {"name": "Debrief action item"}, "inwardIssue": {"key": "%s"},
                      "outwardIssue": {"key": "%s"}}""".formatted(task, incident));

            // then the plugin's listener labels it, and openDebriefItems() finds it
            assertThat(linked.statusCode()).isEqualTo(201);
            assertThat(labels(task)).containsExactly("debrief");
            assertThat(openDebriefItems("alice")).contains(task);
            JsonNode links = issue("alice", task).path("fields").path("issuelinks");
            assertThat(links.get(0).path("outwardIssue").path("key").asText()).isEqualTo(incident);
            assertThat(links.get(0).path("type").path("outward").asText()).isEqualTo("is action item of");

            // when it is done through the workflow, with a resolution
            String done = transitionNamed("alice", task, "Done");
            var transitioned = send("alice", "POST", "/rest/api/2/issue/" + task + "/transitions", """
                    {"transition": {"id": "%s"}, "fields": {"resolution": {"name": "Done"}}}""".formatted(done));

            // then it is resolved and leaves the open items
            assertThat(transitioned.statusCode()).isEqualTo(204);
            JsonNode fields = issue("alice", task).path("fields");
            assertThat(fields.path("status").path("statusCategory").path("key").asText())
                    .isEqualTo("done");
            assertThat(fields.path("resolution").path("name").asText()).isEqualTo("Done");
            assertThat(openDebriefItems("alice")).doesNotContain(task);
        }

        @Test
        void keeps_the_label_off_once_a_person_took_it_off() throws Exception {
            // given a task the listener labelled as an action item
            String incident = create("alice", """
                    {"fields": {"project": {"key": "WEB"}, "issuetype": {"name": "Incident"}, "summary": "Login loop"}}""");
            String task = create("alice", """
                    {"fields": {"project": {"key": "WEB"}, "issuetype": {"name": "Task"}, "summary": "Fix cookie path"}}""");
            send("alice", "POST", "/rest/api/2/issueLink", """
                    {"type": {"name": "Debrief action item"}, "inwardIssue": {"key": "%s"},
                      "outwardIssue": {"key": "%s"}}""".formatted(task, incident));
            assertThat(labels(task)).contains("debrief");

            // when alice takes the label off, and later edits the task again
            send(
                    "alice",
                    "PUT",
                    "/rest/api/2/issue/" + task,
                    "{\"update\": {\"labels\": [{\"remove\": \"debrief\"}]}}");
            send("alice", "PUT", "/rest/api/2/issue/" + task, "{\"fields\": {\"summary\": \"Fix the cookie path\"}}");

            // then the plugin's listener recorded the removal from the issue history and never puts it back
            assertThat(labels(task)).doesNotContain("debrief");
            assertThat(openDebriefItems("alice")).doesNotContain(task);
        }
    }

    @Nested
    class Issues {

        @Test
        void a_created_issue_reads_back_with_jiras_field_shapes() throws Exception {
            String key = create("alice", """
                    {"fields": {"project": {"key": "WEB"}, "issuetype": {"name": "Bug"}, "summary": "Footer overlaps",
                      "priority": {"name": "Low"}, "components": [{"name": "frontend"}],
                      "assignee": {"name": "carol"}, "labels": ["ui"], "duedate": "2030-01-15"}}""");

            JsonNode fields = issue("alice", key).path("fields");

            assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Bug");
            assertThat(fields.path("project").path("key").asText()).isEqualTo("WEB");
            assertThat(fields.path("priority").path("name").asText()).isEqualTo("Low");
            assertThat(fields.path("components").get(0).path("name").asText()).isEqualTo("frontend");
            assertThat(fields.path("assignee").path("name").asText()).isEqualTo("carol");
            assertThat(fields.path("reporter").path("name").asText()).isEqualTo("alice");
            assertThat(fields.path("labels").get(0).asText()).isEqualTo("ui");
            assertThat(fields.path("duedate").asText()).isEqualTo("2030-01-15");
            assertThat(fields.path("status").path("name").asText()).isEqualTo("Open");
            assertThat(fields.path("resolution").isNull()).isTrue();
        }

        @Test
        void bad_input_is_refused_by_jiras_field_ids_and_nothing_is_created() throws Exception {
            int before = server.context().issues().count();

            var reply = send("alice", "POST", "/rest/api/2/issue", """
                    {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"}, "summary": " ",
                      "assignee": {"name": "nobody"}, "priority": {"name": "Urgent"}}}""");

            assertThat(reply.statusCode()).isEqualTo(400);
            JsonNode errors = JSON.readTree(reply.body()).path("errors");
            assertThat(errors.has("summary")).isTrue();
            assertThat(errors.has("assignee")).isTrue();
            assertThat(errors.has("priority")).isTrue();
            assertThat(server.context().issues().count()).isEqualTo(before);
        }

        @Test
        void a_person_without_rights_neither_sees_nor_creates() throws Exception {
            assertThat(send("carol", "GET", "/rest/api/2/issue/PAY-1", null).statusCode())
                    .isEqualTo(404);
            var refused = send("bob", "POST", "/rest/api/2/issue", """
                    {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"}, "summary": "x"}}""");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body())
                            .path("errorMessages")
                            .get(0)
                            .asText())
                    .contains("permission");
        }

        @Test
        void labels_are_set_added_and_removed_with_put() throws Exception {
            String key = create("alice", """
                    {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"}, "summary": "Tidy runbook"}}""");

            send("alice", "PUT", "/rest/api/2/issue/" + key, "{\"fields\": {\"labels\": [\"a\", \"b\"]}}");
            send(
                    "alice",
                    "PUT",
                    "/rest/api/2/issue/" + key,
                    "{\"update\": {\"labels\": [{\"add\": \"c\"}, {\"remove\": \"a\"}]}}");

            assertThat(labels(key)).containsExactly("b", "c");
            assertThat(send("alice", "PUT", "/rest/api/2/issue/" + key, "{\"fields\": {\"labels\": [\"two words\"]}}")
                            .statusCode())
                    .isEqualTo(400);
        }
    }

    @Nested
    class Search {

        @Test
        void jql_is_answered_as_far_as_the_person_may_browse() throws Exception {
            assertThat(keys("carol", "issuetype = Incident AND project = PAY")).isEmpty();
            assertThat(keys("alice", "issuetype = Incident AND project = PAY"))
                    .isNotEmpty()
                    .allMatch(key -> key.startsWith("PAY-"));
        }

        @Test
        void invalid_jql_is_a_400_naming_the_problem() throws Exception {
            var reply = send("alice", "GET", "/rest/api/2/search?jql=" + encode("nosuchfield = 1"), null);

            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(reply.body()).path("errorMessages").get(0).asText())
                    .contains("nosuchfield");
        }

        @Test
        void a_page_holds_at_most_max_results_and_reports_the_total() throws Exception {
            JsonNode page = JSON.readTree(send(
                            "admin",
                            "GET",
                            "/rest/api/2/search?maxResults=2&jql="
                                    + encode("issuetype = Incident ORDER BY created ASC"),
                            null)
                    .body());

            assertThat(page.path("issues")).hasSize(2);
            assertThat(page.path("total").asInt()).isGreaterThan(2);
        }
    }

    @Nested
    class ThePluginsJqlFunctions {

        @Test
        void debrief_items_of_an_incident_are_its_labelled_linked_action_items_and_sub_tasks() throws Exception {
            String incident = keys("admin", "issuetype = Incident AND resolution is not EMPTY ORDER BY created ASC")
                    .get(0);
            Set<String> linked = new TreeSet<>();
            issue("admin", incident).path("fields").path("issuelinks").forEach(link -> {
                if (link.path("type").path("name").asText().equals("Debrief action item")) {
                    linked.add(link.path("inwardIssue").path("key").asText());
                }
            });
            linked.addAll(keys("admin", "parent = " + incident));
            Set<String> labelled = new TreeSet<>();
            for (String key : linked) {
                if (labels(key).contains("debrief")) {
                    labelled.add(key);
                }
            }

            assertThat(labelled).isNotEmpty();
            assertThat(new TreeSet<>(keys("admin", "issue in debriefItems(\"" + incident + "\")")))
                    .isEqualTo(labelled);
        }

        @Test
        void incidents_awaiting_a_debrief_are_resolved_incidents_whose_debrief_is_neither_held_nor_published()
                throws Exception {
            List<String> awaiting = keys("admin", "issue in incidentsAwaitingDebrief()");

            assertThat(awaiting).isNotEmpty();
            for (String key : awaiting) {
                JsonNode fields = issue("admin", key).path("fields");
                assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Incident");
                assertThat(fields.path("resolution").isNull()).isFalse();
                var debrief = send("admin", "GET", "/rest/debrief/1.0/incidents/" + key + "/debrief", null);
                assertThat(JSON.readTree(debrief.body()).path("phase").asText()).isNotIn("held", "published");
            }
        }

        @Test
        void overdue_checkpoints_and_incidents_missing_a_target_are_what_they_say() throws Exception {
            for (String key : keys("admin", "issue in overdueCheckpoints()")) {
                JsonNode fields = issue("admin", key).path("fields");
                assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Debrief checkpoint");
                assertThat(fields.path("status")
                                .path("statusCategory")
                                .path("key")
                                .asText())
                        .isNotEqualTo("done");
            }
            List<String> missed = keys("admin", "issue in incidentsMissingTarget(\"resolve\")");
            assertThat(missed)
                    .isNotEmpty()
                    .allSatisfy(key -> assertThat(keys("admin", "issuetype = Incident AND key = " + key))
                            .hasSize(1));
        }

        @Test
        void wrong_arguments_are_refused_with_the_plugins_own_messages() throws Exception {
            for (String jql : List.of(
                    "issue in incidentsMissingTarget(\"sometime\")",
                    "issue in debriefItems(\"NOPE-1\")",
                    "issue in openDebriefItems(\"x\")",
                    "issue in noSuchFunction()")) {
                var reply = send("alice", "GET", "/rest/api/2/search?jql=" + encode(jql), null);
                assertThat(reply.statusCode()).as(jql).isEqualTo(400);
                assertThat(JSON.readTree(reply.body())
                                .path("errorMessages")
                                .get(0)
                                .asText())
                        .as(jql)
                        .isNotBlank();
            }
        }
    }

    // --- helpers

    private static String create(String user, String body) throws Exception {
        var reply = send(user, "POST", "/rest/api/2/issue", body);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return JSON.readTree(reply.body()).path("key").asText();
    }

    private static JsonNode issue(String user, String key) throws Exception {
        var reply = send(user, "GET", "/rest/api/2/issue/" + key, null);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static List<String> labels(String key) throws Exception {
        List<String> labels = new ArrayList<>();
        issue("admin", key).path("fields").path("labels").forEach(label -> labels.add(label.asText()));
        return labels;
    }

    /** Jira's issue navigator URL, which the admin page's suggested filters link to. */
    @Nested
    class TheIssueNavigatorUrl {

        @Test
        void lists_for_each_person_what_the_search_api_finds_for_them() throws Exception {
            for (String user : List.of("alice", "carol")) {
                String jql = "issuetype = Incident ORDER BY created ASC";
                List<String> api = keys(user, jql);

                assertThat(navigatorKeys(user, jql))
                        .as(user)
                        .isNotEmpty()
                        .containsExactlyElementsOf(api.subList(0, Math.min(50, api.size())));
            }
        }

        @Test
        void answers_the_plugins_functions_as_the_search_api_does() throws Exception {
            assertThat(navigatorKeys("alice", "issue in openDebriefItems()"))
                    .containsExactlyElementsOf(
                            openDebriefItems("alice").stream().limit(50).toList());
        }

        @Test
        void invalid_jql_is_a_400_page_naming_the_problem() throws Exception {
            var reply = send("alice", "GET", "/issues/?jql=" + encode("nosuchfield = 1"), null);

            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.body()).contains("id=\"navigator-errors\"").contains("nosuchfield");
        }

        private List<String> navigatorKeys(String user, String jql) throws Exception {
            var reply = send(user, "GET", "/issues/?jql=" + encode(jql), null);
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            String results = reply.body().substring(reply.body().indexOf("id=\"navigator-results\""));
            List<String> keys = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"issue-link\">([A-Z]+-\\d+)</a>")
                    .matcher(results);
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        }
    }

    private static List<String> openDebriefItems(String user) throws Exception {
        return keys(user, "issue in openDebriefItems()");
    }

    private static List<String> keys(String user, String jql) throws Exception {
        var reply = send(user, "GET", "/rest/api/2/search?maxResults=1000&jql=" + encode(jql), null);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        JSON.readTree(reply.body())
                .path("issues")
                .forEach(issue -> keys.add(issue.path("key").asText()));
        return keys;
    }

    private static String transitionNamed(String user, String key, String name) throws Exception {
        for (JsonNode transition : JSON.readTree(send(user, "GET", "/rest/api/2/issue/" + key + "/transitions", null)
                        .body())
                .path("transitions")) {
            if (transition.path("name").asText().equals(name)) {
                return transition.path("id").asText();
            }
        }
        throw new AssertionError("no transition " + name + " on " + key);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
