package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host as scripts and feature modules see it: auth, XSRF, the extension point, seed, jobs, pages. */
class SandboxServerTest {

    @TempDir
    static Path dbDir;
    static SandboxServer server;

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()).withSeed(true));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anonymous_rest_calls_get_401_as_json() {
        var response = SandboxHttp.anonymous(server).get("/rest/debrief/1.0/probe");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void a_wrong_password_gets_401() {
        assertThat(SandboxHttp.as(server, "bob:alice").get("/rest/sandbox/1.0/myself").statusCode()).isEqualTo(401);
    }

    @Test
    void a_module_resource_gets_its_bindings_and_the_basic_auth_user_injected() {
        var response = SandboxHttp.as(server, "carol").get("/rest/debrief/1.0/probe");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"user\":\"carol\"");
    }

    @Test
    void form_posts_to_rest_need_the_atlassian_token_header_and_json_posts_do_not() {
        SandboxHttp alice = SandboxHttp.as(server, "alice");

        assertThat(alice.post("/rest/debrief/1.0/probe", "application/x-www-form-urlencoded", "a=b").statusCode()).isEqualTo(403);
        assertThat(alice.post("/rest/debrief/1.0/probe", "text/plain", "a").statusCode()).isEqualTo(403);
        assertThat(alice.post("/rest/debrief/1.0/probe", "application/x-www-form-urlencoded", "a=b",
                "X-Atlassian-Token", "no-check").statusCode()).isEqualTo(200);
        assertThat(alice.post("/rest/debrief/1.0/probe", "application/json", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void seeding_creates_users_three_projects_and_thirty_incidents_then_calls_module_seed_hooks() {
        SandboxContext host = server.context();

        assertThat(host.users().all()).extracting(u -> u.key()).containsExactly("admin", "alice", "bob", "carol");
        assertThat(host.users().projects()).containsOnlyKeys("OPS", "PAY", "WEB");
        assertThat(host.issues().list(host.users().viewer(java.util.Optional.of("admin")), null, SandboxIssue.INCIDENT)).hasSize(30);
        assertThat(ProbeModule.STATE.seededIncidents).isEqualTo(30);
    }

    @Test
    void seeded_rights_follow_the_jira_dev_instance_pattern() {
        var users = server.context().users();
        var pay = server.context().issues().byKey("PAY-1").orElseThrow().ref();

        assertThat(users.viewer(java.util.Optional.of("carol")).canBrowse(pay)).isFalse();
        assertThat(users.viewer(java.util.Optional.of("bob")).canBrowse(pay)).isTrue();
        assertThat(users.viewer(java.util.Optional.of("bob")).canEdit(pay)).isFalse();
        assertThat(users.viewer(java.util.Optional.of("alice")).canEdit(pay)).isTrue();
        assertThat(users.viewer(java.util.Optional.of("admin")).isAdmin()).isTrue();
    }

    @Test
    void run_jobs_runs_every_module_job() {
        int before = ProbeModule.STATE.jobRuns.get();

        var response = SandboxHttp.anonymous(server).post("/sandbox/jobs/run", null, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ProbeModule.STATE.jobRuns.get()).isEqualTo(before + 1);
    }

    @Test
    void the_issue_page_shows_a_module_tab_rendered_from_plugin_soy_with_i18n_text() {
        var response = SandboxHttp.as(server, "bob").get("/browse/OPS-2?tab=probe");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("data-tab=\"probe\"").contains(">Probe<")
                .contains("<div id=\"probe-panel\">Probe of OPS-2 for bob</div>");
    }

    @Test
    void a_hidden_issue_and_a_missing_issue_get_the_same_404_page() {
        var hidden = SandboxHttp.as(server, "carol").get("/browse/PAY-1");
        var missing = SandboxHttp.as(server, "carol").get("/browse/OPS-999");

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("does not exist or you do not have permission");
    }

    @Test
    void static_files_come_from_aui_and_the_sandbox_and_never_from_outside_their_folder() {
        SandboxHttp http = SandboxHttp.anonymous(server);

        assertThat(http.get("/aui/aui-prototyping.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/sandbox-static/sandbox.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/sandbox-static/../i18n/sandbox.properties").statusCode()).isEqualTo(404);
    }

    @Test
    void the_clock_moves_forward_by_whole_days_and_refuses_nonsense() {
        Instant before = server.context().clock().instant();

        var response = SandboxHttp.anonymous(server).post("/sandbox/clock/advance?days=3", null, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.between(before, server.context().clock().instant())).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));
        assertThat(SandboxHttp.anonymous(server).post("/sandbox/clock/advance?days=-1", null, "").statusCode()).isEqualTo(400);
    }
}
