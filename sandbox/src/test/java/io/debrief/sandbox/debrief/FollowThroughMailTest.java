package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxMail;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.jira.JiraHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-through end to end on a seeded sandbox (issue 16): the plugin's scheduled job runs on the sandbox's
 * scheduler with a moved clock, hands reminders and digests to Jira's mail queue, and they ARRIVE at a real SMTP
 * server (GreenMail) with the right recipients and links; a lead who may not browse a project gets nothing of it.
 *
 * <p>The tests build on each other in order, as days pass on one sandbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowThroughMailTest {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static JiraHost jira;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static String itemKey;

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
        jira = server.bound(JiraHost.class).orElseThrow();
        // carol leads PAY but PAY does not exist for her (no right on it)
        server.context().users().setProjectLead("PAY", "carol");
        // bob leads WEB and turned his reminders off
        server.context().users().setProjectLead("WEB", "bob");
        assertThat(send("bob", "PUT", "/rest/debrief/1.0/followup/me", "{\"remindersOff\":true}")
                        .statusCode())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(server.context().clock().instant(), ZoneOffset.UTC);
    }

    private static List<SandboxMail.Received> mailTo(String user) {
        return server.mail().received().stream()
                .filter(mail -> mail.to().contains(user + "@example.com"))
                .toList();
    }

    private static String opsIncident() {
        var admin = server.context().users().viewer(Optional.of("admin"));
        return server.context().issues().list(admin, "OPS", SandboxIssue.INCIDENT).stream()
                .filter(incident -> "High".equals(incident.priority()))
                .findFirst()
                .orElseThrow()
                .key();
    }

    @Test
    @Order(1)
    void a_new_item_without_a_due_date_is_due_by_its_incidents_priority_target() throws Exception {
        // when: alice adds an item to a High incident of OPS without a due date
        HttpResponse<String> created = send(
                "alice",
                "POST",
                "/rest/debrief/1.0/incidents/" + opsIncident() + "/action-items",
                "{\"summary\":\"Page on <queue> depth\",\"assignee\":\"alice\",\"category\":\"detect\"}");

        // then: due in the four weeks the handbook gives a High priority action
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode item = JSON.readTree(created.body());
        assertThat(item.path("due").asText()).isEqualTo(today().plusDays(28).toString());
        itemKey = item.path("key").asText();
    }

    @Test
    @Order(2)
    void the_weekly_digests_arrive_for_leads_who_may_browse_their_project_with_links() {
        // when
        jira.runScheduledJobs();

        // then: admin leads OPS and gets its digest, linking to the site's issues
        List<SandboxMail.Received> admin = mailTo("admin");
        assertThat(admin).anySatisfy(mail -> {
            assertThat(mail.subject()).startsWith("[Debrief] OPS: the week from ");
            assertThat(mail.links())
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link).startsWith(server.baseUrl() + "/browse/OPS-"));
        });
        // bob leads WEB (his reminders are off, digests are not) and may browse it
        assertThat(mailTo("bob"))
                .anySatisfy(mail -> assertThat(mail.subject()).startsWith("[Debrief] WEB: the week from "));
        // carol leads PAY but may not browse it: nothing of PAY reaches her
        assertThat(mailTo("carol")).noneSatisfy(mail -> {
            assertThat(mail.subject() + mail.body()).contains("PAY");
        });
        assertThat(mailTo("carol"))
                .flatExtracting(SandboxMail.Received::links)
                .noneMatch(link -> link.contains("/browse/PAY-"));
    }

    @Test
    @Order(3)
    void a_rerun_the_same_day_sends_nothing_again() {
        int before = server.mail().received().size();

        jira.runScheduledJobs();

        assertThat(server.mail().received()).hasSize(before);
    }

    @Test
    @Order(4)
    void the_assignee_is_reminded_three_days_before_the_due_date_and_once_it_is_overdue() {
        // when: 25 days on, the item is due in three days
        ((SandboxClock) server.context().clock()).advance(25);
        jira.runScheduledJobs();

        // then
        assertThat(mailTo("alice"))
                .filteredOn(mail -> mail.subject().contains(itemKey))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo("[Debrief] " + itemKey + " is due soon: Page on <queue> depth");
                    assertThat(mail.body()).contains("Page on &lt;queue&gt; depth");
                    assertThat(mail.links()).contains(server.baseUrl() + "/browse/" + itemKey);
                });

        // when: four days later it is overdue
        ((SandboxClock) server.context().clock()).advance(4);
        jira.runScheduledJobs();
        jira.runScheduledJobs();

        // then: one overdue reminder more, however often the job ran
        assertThat(mailTo("alice"))
                .filteredOn(mail -> mail.subject().contains(itemKey))
                .extracting(SandboxMail.Received::subject)
                .containsExactly(
                        "[Debrief] " + itemKey + " is due soon: Page on <queue> depth",
                        "[Debrief] " + itemKey + " is overdue: Page on <queue> depth");
    }

    @Test
    @Order(5)
    void a_person_who_turned_reminders_off_gets_no_reminder() {
        assertThat(mailTo("bob"))
                .noneSatisfy(mail -> assertThat(mail.subject()).containsAnyOf(" is due soon: ", " is overdue: "));
    }

    @Test
    @Order(6)
    void the_sent_mail_page_lists_what_arrived() throws Exception {
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mail"))
                        .header("Authorization", basic("alice"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("alice@example.com")
                .contains(itemKey + " is overdue: Page on &lt;queue&gt; depth")
                .contains("href=\"" + server.baseUrl() + "/browse/" + itemKey + "\"");
    }

    @Test
    @Order(7)
    void the_same_lead_gets_the_projects_digest_once_they_may_browse_it() {
        // given: PAY becomes browsable for carol
        server.context().users().grant("carol", "PAY", io.debrief.sandbox.SandboxUsers.Level.BROWSE);

        // when: the next week's run
        ((SandboxClock) server.context().clock()).advance(7);
        jira.runScheduledJobs();

        // then: what was withheld from her reaches her now, so the refusal above was the permission's doing
        assertThat(mailTo("carol")).anySatisfy(mail -> {
            assertThat(mail.subject()).startsWith("[Debrief] PAY: the week from ");
            assertThat(mail.links())
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link).startsWith(server.baseUrl() + "/browse/PAY-"));
        });
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", basic(user))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
