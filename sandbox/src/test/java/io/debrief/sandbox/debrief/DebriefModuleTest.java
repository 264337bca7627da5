package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debrief module on a seeded sandbox, over HTTP as a browser or script sees it: the plugin's REST resources with
 * their own error mapping, the demo debriefs in every phase, the pages and the checkpoint job.
 */
class DebriefModuleTest {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    /** The incident the README's walkthrough names for the seeded event history. */
    static final String SEEDED_EVENTS_INCIDENT = "Login page blank in Safari after release";

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void the_seed_leaves_debriefs_in_every_phase() throws Exception {
        Set<String> phases = new TreeSet<>();
        var admin = server.context().users().viewer(Optional.of("admin"));
        for (SandboxIssue incident : server.context().issues().list(admin, null, SandboxIssue.INCIDENT)) {
            var reply = send("admin", "GET", "/rest/debrief/1.0/incidents/" + incident.key() + "/debrief", null);
            assertThat(reply.statusCode()).isEqualTo(200);
            phases.add(JSON.readTree(reply.body()).path("phase").asText());
        }

        assertThat(phases).containsExactlyInAnyOrder("not-resolved", "upcoming", "due", "overdue", "held", "published");
    }

    @Test
    void the_seed_has_event_history_that_proposes_a_real_start_on_the_incident_the_readme_names() throws Exception {
        // given: the seeded incident the README's walkthrough opens for the event intake
        var admin = server.context().users().viewer(Optional.of("admin"));
        SandboxIssue incident = server.context().issues().list(admin, null, SandboxIssue.INCIDENT).stream()
                .filter(issue -> issue.summary().equals(SEEDED_EVENTS_INCIDENT))
                .findFirst()
                .orElseThrow();

        // when: alice opens its Timeline tab's events
        var reply = send("alice", "GET", "/rest/debrief/1.0/incidents/" + incident.key() + "/events", null);

        // then: the deploys, the configuration change and the alerts are suggested, and the configuration change
        // 52 minutes before detection is the proposed real start, the deploy the next candidate
        assertThat(reply.statusCode()).isEqualTo(200);
        JsonNode events = JSON.readTree(reply.body());
        Set<String> kinds = new TreeSet<>();
        events.path("suggestions")
                .forEach(suggestion -> kinds.add(suggestion.path("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("change", "deploy", "alert", "resolved");
        JsonNode proposed = events.path("start").path("proposed");
        assertThat(proposed.path("minutesBeforeDetection").asLong()).isEqualTo(52);
        assertThat(proposed.path("source").asText()).isEqualTo(DemoEvents.CI_SOURCE);
        assertThat(events.path("start").path("candidates")).hasSize(2);
        assertThat(events.path("start").path("writtenStart").isNull()).isTrue();
    }

    @Test
    void the_intake_takes_senders_without_a_jira_login_and_checks_their_secret_itself() throws Exception {
        // given: the seeded Alertmanager source with a secret the admin rotated
        var rotated =
                send("admin", "POST", "/rest/debrief/1.0/intake-sources/" + DemoEvents.ALERTS_SOURCE + "/secret", "{}");
        assertThat(rotated.statusCode()).isEqualTo(200);
        String secret = JSON.readTree(rotated.body()).path("secret").asText();
        String alert = """
                {"version": "4", "status": "firing", "alerts": [{"status": "firing",
                 "labels": {"alertname": "DiskFull", "service": "logging"}, "startsAt": "2026-11-01T10:00:00Z"}]}""";

        // when: Alertmanager posts without any Jira login, once with a wrong secret and once with the right one
        var wrong = anonymous("/rest/debrief/1.0/intake/" + DemoEvents.ALERTS_SOURCE, "not-it", alert);
        var right = anonymous("/rest/debrief/1.0/intake/" + DemoEvents.ALERTS_SOURCE, secret, alert);

        // then: the plugin's @UnrestrictedAccess resource answers both (the sandbox's login guard lets it through, as
        // Jira's REST layer does), refusing the wrong secret itself; other plugin resources still need a login
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("not logged in");
        assertThat(right.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(right.body()).path("stored").asInt()).isEqualTo(1);
        assertThat(anonymous("/rest/debrief/1.0/intake-sources", secret, "{}").statusCode())
                .isEqualTo(401);
    }

    private static HttpResponse<String> anonymous(String path, String token, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("X-Debrief-Token", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void plugin_resources_answer_with_their_own_refusals_and_error_bodies() throws Exception {
        String pay = "/rest/debrief/1.0/incidents/PAY-1/debrief";

        assertThat(send("bob", "GET", pay, null).statusCode()).isEqualTo(200);
        assertThat(send("carol", "GET", pay, null).statusCode()).isEqualTo(404);
        assertThat(send("bob", "PUT", pay, "{\"analysis\":\"x\",\"version\":1}").statusCode())
                .isEqualTo(403);
        var malformed = send("alice", "PUT", pay, "{not json");
        // the plugin's own mapper, not Jackson's: JacksonFeature is registered without its exception mappers
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).has("message")).isTrue();
        assertThat(send("bob", "GET", "/rest/debrief/1.0/settings", null).statusCode())
                .isEqualTo(403);
        assertThat(send("admin", "GET", "/rest/debrief/1.0/settings", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_checkpoint_job_runs_on_demand_and_is_logged_for_the_admin_page() throws Exception {
        assertThat(send("admin", "POST", "/sandbox/jobs/run", "").statusCode()).isEqualTo(200);

        JsonNode runs = JSON.readTree(
                send("admin", "GET", "/rest/debrief/1.0/admin/job-runs", null).body());
        assertThat(runs.path("runs").size()).isPositive();
        assertThat(send("admin", "GET", DebriefSandboxModule.ADMIN_PATH, null).statusCode())
                .isEqualTo(200);
        assertThat(send("bob", "GET", DebriefSandboxModule.ADMIN_PATH, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_library_and_the_review_are_pages_of_the_sandbox_and_the_tabs_show_on_incidents_only() throws Exception {
        var library = send("bob", "GET", "/plugins/servlet/debrief/library", null);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("debrief-library-table").contains("id=\"sandbox-nav\"");
        assertThat(send("bob", "GET", DebriefSandboxModule.REVIEW_PATH, null).body())
                .contains("data-debrief-review");

        assertThat(send("bob", "GET", "/browse/OPS-1", null).body()).contains("data-tab=\"debrief\"");
        String task = server.context()
                .issues()
                .list(server.context().users().viewer(Optional.of("admin")), "OPS", SandboxIssue.TASK)
                .get(0)
                .key();
        assertThat(send("bob", "GET", "/browse/" + task, null).body()).doesNotContain("data-tab=\"debrief\"");
    }

    @Test
    void the_review_reads_the_sandboxs_little_jql_and_refuses_the_rest_on_the_jql_field() throws Exception {
        // given: the seeded open items of OPS and PAY
        String all =
                send("admin", "GET", "/rest/debrief/1.0/review?limit=200", null).body();
        assertThat(all).contains("\"OPS-").contains("\"PAY-");

        // when
        var ops = send(
                "admin",
                "GET",
                "/rest/debrief/1.0/review?limit=200&jql="
                        + URLEncoder.encode("project = OPS AND labels = debrief", StandardCharsets.UTF_8),
                null);
        var unknown = send(
                "admin",
                "GET",
                "/rest/debrief/1.0/review?jql=" + URLEncoder.encode("status was Open", StandardCharsets.UTF_8),
                null);
        var page = send(
                "admin",
                "GET",
                DebriefSandboxModule.REVIEW_PATH + "?jql="
                        + URLEncoder.encode("key = \"x\"><script>", StandardCharsets.UTF_8),
                null);

        // then
        assertThat(ops.statusCode()).isEqualTo(200);
        assertThat(ops.body()).contains("\"OPS-").doesNotContain("\"PAY-");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("jql");
        assertThat(page.body())
                .contains("id=\"review-jql\"")
                .doesNotContain("\"><script>")
                .contains("data-jql=\"key = &quot;x&quot;&gt;&lt;script&gt;\"");
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
