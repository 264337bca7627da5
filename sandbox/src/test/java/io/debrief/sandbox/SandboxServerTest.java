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
        server = SandboxServer.start(
                SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()).withSeed(true));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anonymous_rest_calls_get_401_as_json() {
        var response = SandboxHttp.anonymous(server).get("/rest/debrief/1.0/probe");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void a_wrong_password_gets_401() {
        assertThat(SandboxHttp.as(server, "bob:alice")
                        .get("/rest/sandbox/1.0/myself")
                        .statusCode())
                .isEqualTo(401);
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

        assertThat(alice.post("/rest/debrief/1.0/probe", "application/x-www-form-urlencoded", "a=b")
                        .statusCode())
                .isEqualTo(403);
        assertThat(alice.post("/rest/debrief/1.0/probe", "text/plain", "a").statusCode())
                .isEqualTo(403);
        assertThat(alice.post(
                                "/rest/debrief/1.0/probe",
                                "application/x-www-form-urlencoded",
                                "a=b",
                                "X-Atlassian-Token",
                                "no-check")
                        .statusCode())
                .isEqualTo(200);
        assertThat(alice.post("/rest/debrief/1.0/probe", "application/json", "{}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void seeding_creates_users_three_projects_and_thirty_incidents_then_calls_module_seed_hooks() {
        SandboxContext host = server.context();

        assertThat(host.users().all()).extracting(u -> u.key()).containsExactly("admin", "alice", "bob", "carol");
        assertThat(host.users().projects()).containsOnlyKeys("OPS", "PAY", "WEB");
        // modules may add incidents of their own after the host's thirty
        assertThat(host.issues().list(host.users().viewer(java.util.Optional.of("admin")), null, SandboxIssue.INCIDENT))
                .hasSizeGreaterThanOrEqualTo(30);
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
        assertThat(response.body())
                .contains("data-tab=\"probe\"")
                .contains(">Probe<")
                .contains("<div id=\"probe-panel\">Probe of OPS-2 for bob</div>");
    }

    @Test
    void a_comment_is_added_by_the_person_logged_in_shown_escaped_and_refused_where_they_may_not_browse() {
        // when
        var added = SandboxHttp.as(server, "bob")
                .post(
                        "/sandbox/issues/comment",
                        "application/x-www-form-urlencoded",
                        "key=OPS-3&body="
                                + java.net.URLEncoder.encode(
                                        "Restarted the <b>consumer</b>", java.nio.charset.StandardCharsets.UTF_8));
        var hidden = SandboxHttp.as(server, "carol")
                .post("/sandbox/issues/comment", "application/x-www-form-urlencoded", "key=PAY-1&body=hello");
        var empty = SandboxHttp.as(server, "bob")
                .post("/sandbox/issues/comment", "application/x-www-form-urlencoded", "key=OPS-3&body=%20%20");
        var anonymous = SandboxHttp.anonymous(server)
                .post("/sandbox/issues/comment", "application/x-www-form-urlencoded", "key=OPS-3&body=hello");
        var crossSite = SandboxHttp.as(server, "bob")
                .post(
                        "/sandbox/issues/comment",
                        "application/x-www-form-urlencoded",
                        "key=OPS-3&body=from%20elsewhere",
                        "Origin",
                        "http://evil.example");
        var sameSite = SandboxHttp.as(server, "bob")
                .post(
                        "/sandbox/issues/comment",
                        "application/x-www-form-urlencoded",
                        "key=OPS-3&body=from%20here",
                        "Origin",
                        server.baseUrl());

        // then
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(sameSite.statusCode()).isEqualTo(200);
        var comments = server.context()
                .issues()
                .comments(server.context().issues().byKey("OPS-3").orElseThrow().id());
        assertThat(comments)
                .extracting(c -> c.author() + ": " + c.body())
                .contains("bob: Restarted the <b>consumer</b>", "bob: from here")
                .doesNotContain("bob: from elsewhere");
        assertThat(SandboxHttp.as(server, "bob").get("/browse/OPS-3").body())
                .contains("Restarted the &lt;b&gt;consumer&lt;/b&gt;")
                .doesNotContain("<b>consumer</b>");
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
        assertThat(http.get("/sandbox-static/../i18n/sandbox.properties").statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_clock_moves_forward_by_whole_days_and_refuses_nonsense() {
        Instant before = server.context().clock().instant();

        var response = SandboxHttp.anonymous(server).post("/sandbox/clock/advance?days=3", null, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.between(before, server.context().clock().instant()))
                .isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));
        assertThat(SandboxHttp.anonymous(server)
                        .post("/sandbox/clock/advance?days=-1", null, "")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_module_page_is_served_in_the_sandbox_chrome_and_linked_from_the_header() {
        var page = SandboxHttp.as(server, "bob").get("/probe-page");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p id=\"probe-page\">Probe page for bob</p>")
                .contains("href=\"/probe-page\"");
        assertThat(SandboxHttp.anonymous(server).get("/probe-page").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_module_tab_shows_only_where_the_module_says() {
        var page = SandboxHttp.as(server, "bob").get("/browse/OPS-2");

        assertThat(page.body()).contains("data-tab=\"probe\"").doesNotContain("data-tab=\"never\"");
        assertThat(SandboxHttp.as(server, "bob").get("/browse/OPS-2?tab=never").body())
                .doesNotContain("never shown");
    }

    @Test
    void plugin_js_gets_i18n_texts_and_soy_templates_as_jira_web_resources_give_them() {
        SandboxHttp bob = SandboxHttp.as(server, "bob");

        assertThat(bob.get("/sandbox-web/i18n.js").body()).contains("\"probe.panel.text\":\"Probe of {0} for {1}\"");
        assertThat(bob.get("/sandbox-web/page.js").body()).contains("AJS.contextPath = function () { return ''; }");
        assertThat(bob.get("/sandbox-web/soy.js").body()).contains("debrief.probe.panel");
        var rendered = bob.post(
                "/sandbox-web/soy/debrief.probe.panel",
                "application/json",
                "{\"key\":\"<b>OPS-1</b>\",\"user\":\"bob\"}");
        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(rendered.body())
                .isEqualTo("<div id=\"probe-panel\">Probe of &lt;b&gt;OPS-1&lt;/b&gt; for bob</div>");
        assertThat(bob.post("/sandbox-web/soy/sandbox.layout.page", "application/json", "{}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void page_scripts_are_served_with_their_real_addresses() {
        assertThat(SandboxHttp.as(server, "bob").get("/").body())
                .contains("<script src=\"/sandbox-web/i18n.js\"></script>")
                .doesNotContain("about:invalid");
    }
}
