package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.debrief.plugin.web.testkit.RealAlertmanager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus Alertmanager (Debian package {@code prometheus-alertmanager}) notifies a running sandbox whose
 * event source is set to open incidents: the firing alert opens exactly one Incident issue (found with Jira's REST v2
 * search), whose timeline starts with the alert; the resolved notification records a resolved entry and leaves the
 * issue unresolved. Alertmanager's webhook passes through a recording relay, so the test waits for each delivery
 * instead of polling. Skipped when the binary is absent ({@code -Ddebrief.test.alertmanager=/path} names another).
 */
class AlertmanagerOpensIncidentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALERT = "DebriefOpensIncidentProbe";

    private final BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
    private SandboxServer sandbox;
    private HttpServer relay;
    private RealAlertmanager alertmanager;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        if (alertmanager != null) {
            alertmanager.close();
        }
        if (relay != null) {
            relay.stop(0);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void a_firing_alert_opens_one_incident_and_its_resolution_is_recorded_on_the_timeline() throws Exception {
        // given: a source that opens incidents in OPS as alice
        String binary = RealAlertmanager.binaryOrSkip("the real Alertmanager incident test");
        sandbox = SandboxFixture.start(dir.resolve("db"), false);
        SandboxUsers users = sandbox.context().users();
        users.create("admin", "Administrator", "admin", true);
        users.create("alice", "Alice Anders", "alice", false);
        users.createProject("OPS", "Operations");
        users.grant("alice", "OPS", SandboxUsers.Level.EDIT);
        HttpResponse<String> created = SandboxHttp.as(sandbox, "admin")
                .post(
                        "/rest/debrief/1.0/intake-sources",
                        "application/json",
                        JSON.writeValueAsString(Map.of(
                                "key", "prom",
                                "name", "Alertmanager",
                                "format", "alertmanager",
                                "mappings",
                                        List.of(Map.of("label", "service", "value", "checkout", "projectKey", "OPS")),
                                "mayOpenIncident", "true",
                                "incidentProject", "OPS",
                                "actingUser", "alice")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JSON.readTree(created.body()).path("secret").asText();
        alertmanager = RealAlertmanager.start(binary, dir, startRelay(), "/rest/debrief/1.0/intake/prom", secret);
        Instant startsAt = Instant.now().minusSeconds(120);

        // when: the alert fires
        postAlert(startsAt, null);
        String firing = deliveries.poll(60, TimeUnit.SECONDS);

        // then: one Incident issue, its first entry the alert, from the source
        assertThat(firing).as("Alertmanager's firing notification").isNotNull().startsWith("202 ");
        JsonNode found = incidentsOfTheAlert();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        JsonNode issue = found.path("issues").get(0);
        String key = issue.path("key").asText();
        assertThat(issue.path("fields").path("summary").asText()).isEqualTo(ALERT + ": checkout returns errors");
        assertThat(issue.path("fields").path("reporter").path("name").asText()).isEqualTo("alice");
        assertThat(kindsOn(key)).containsExactly("alert");

        // when: it resolves
        postAlert(startsAt, Instant.now().minusSeconds(1));
        String resolved = nextDelivery("\"status\":\"resolved\"");

        // then: a resolved entry, still one issue, the issue itself untouched
        assertThat(resolved)
                .as("Alertmanager's resolved notification")
                .isNotNull()
                .startsWith("202 ");
        assertThat(kindsOn(key)).containsExactly("alert", "resolved");
        JsonNode after = incidentsOfTheAlert();
        assertThat(after.path("total").asInt()).isEqualTo(1);
        assertThat(after.path("issues").get(0).path("fields").path("resolution").isNull())
                .as("resolution of %s", key)
                .isTrue();
    }

    private JsonNode incidentsOfTheAlert() throws IOException {
        String jql = "project = OPS AND issuetype = Incident AND summary ~ \"" + ALERT + "\"";
        HttpResponse<String> search = SandboxHttp.as(sandbox, "alice")
                .get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8));
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        return JSON.readTree(search.body());
    }

    private List<String> kindsOn(String key) throws IOException {
        HttpResponse<String> timeline =
                SandboxHttp.as(sandbox, "alice").get("/rest/debrief/1.0/incidents/" + key + "/timeline");
        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode entry : JSON.readTree(timeline.body()).path("entries")) {
            if ("external".equals(entry.path("source").asText())) {
                kinds.add(entry.path("kind").asText());
            }
        }
        return kinds;
    }

    /** The next delivery containing {@code marker}; earlier ones (a group notified again) are passed over. */
    private String nextDelivery(String marker) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String delivery = deliveries.poll(60, TimeUnit.SECONDS);
                delivery != null;
                delivery = deliveries.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            if (delivery.contains(marker)) {
                return delivery;
            }
        }
        return null;
    }

    /** Forwards each webhook delivery to the sandbox as sent, and records the sandbox's answer with the payload. */
    private int startRelay() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        relay = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        relay.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder forward = HttpRequest.newBuilder(
                            URI.create(sandbox.baseUrl() + exchange.getRequestURI()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "application/json");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                forward.header("Authorization", authorization);
            }
            int status;
            String answer;
            try {
                HttpResponse<String> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                status = 503;
                answer = "interrupted";
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(out);
            }
            deliveries.add(status + " " + answer + "\nfor: " + new String(body, StandardCharsets.UTF_8));
        });
        relay.start();
        return relay.getAddress().getPort();
    }

    /** Alertmanager's API v2: the alert firing since {@code startsAt}, or resolved at {@code endsAt}. */
    private void postAlert(Instant startsAt, Instant endsAt) throws Exception {
        String alert = "[{\"labels\": {\"alertname\": \"" + ALERT + "\", \"service\": \"checkout\"},"
                + " \"annotations\": {\"summary\": \"checkout returns errors\"},"
                + " \"startsAt\": \"" + startsAt + "\""
                + (endsAt == null ? "" : ", \"endsAt\": \"" + endsAt + "\"")
                + "}]";
        HttpResponse<String> response = alertmanager.post(alert);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
