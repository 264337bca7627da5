package io.debrief.plugin.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static io.debrief.plugin.web.testkit.IntakeWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventKind;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.SourceForm;
import io.debrief.core.intake.StoredEvent;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RealAlertmanager;
import io.debrief.plugin.web.testkit.RestTestHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus Alertmanager (Debian package {@code prometheus-alertmanager}, installed by
 * {@code scripts/ensure-test-deps.sh}) sends its webhook to the intake, served on 127.0.0.1 by the REST test harness;
 * an alert posted to Alertmanager's API arrives as a stored event and a suggestion on the incident it names. And a
 * CDEvents deploy posted with curl, as a delivery script would, becomes the incident's proposed real start.
 *
 * <p>Skipped when the binary is absent ({@code -Ddebrief.test.alertmanager=/path} points at another one).
 */
class RealSendersTest {

    private final IntakeWorld world = new IntakeWorld();
    private final RestTestHarness rest = world.rest(IntakeResource.class, IncidentEventsResource.class);
    private final BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
    private HttpServer server;
    private RealAlertmanager alertmanager;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        if (alertmanager != null) {
            alertmanager.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anAlertPostedToAlertmanagerArrivesAsASuggestionOnTheIncident() throws Exception {
        String binary = RealAlertmanager.binaryOrSkip("the real Alertmanager test");
        String secret = world.intake
                .sources()
                .create(
                        new SourceForm(
                                "prom",
                                "Alertmanager",
                                EventFormat.ALERTMANAGER,
                                null,
                                List.of(new LabelMapping("service", "checkout", "OPS", "Checkout")),
                                false),
                        admin())
                .secret();
        int intakePort = startIntakeServer();
        alertmanager = RealAlertmanager.start(binary, dir, intakePort, "/rest/debrief/1.0/intake/prom", secret);
        postAlert(alertmanager);

        String delivery = deliveries.poll(60, TimeUnit.SECONDS);
        assertThat(delivery)
                .as("a webhook delivery from Alertmanager")
                .isNotNull()
                .startsWith("202 ");
        StoredEvent stored = world.events.all().get(0);
        assertThat(stored.event().kind()).isEqualTo(EventKind.ALERT_FIRING);
        assertThat(stored.event().title()).isEqualTo("DebriefIntakeProbe: Checkout errors, see " + INCIDENT);
        assertThat(stored.event().at()).isEqualTo(IntakeWorld.DETECTED.minusSeconds(300));
        assertThat(stored.projectKey()).isEqualTo("OPS");
        assertThat(stored.component()).isEqualTo("Checkout");
        JsonNode suggestion = rest.as(editor("alice"))
                .get("/incidents/" + INCIDENT + "/events")
                .json()
                .path("suggestions")
                .get(0);
        assertThat(suggestion.path("source").asText()).isEqualTo("prom");
        assertThat(suggestion.path("kind").asText()).isEqualTo("alert");
    }

    @Test
    void aDeployPostedWithCurlArrivesAsTheProposedRealStart() throws Exception {
        Path curl = Stream.of("/usr/bin/curl", "/bin/curl")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(curl != null, "curl is not installed: the curl delivery test is skipped");
        String secret = world.intake
                .sources()
                .create(
                        new SourceForm(
                                "ci",
                                "CI",
                                EventFormat.CLOUDEVENTS,
                                null,
                                List.of(new LabelMapping("service", "checkout", "OPS", "Checkout")),
                                false),
                        admin())
                .secret();
        Path deploy = dir.resolve("deploy.json");
        Files.writeString(deploy, fixture("cdevents-service-deployed.json"));
        int port = startIntakeServer();

        Process sent = new ProcessBuilder(
                        curl.toString(),
                        "-sS",
                        "-X",
                        "POST",
                        "http://127.0.0.1:" + port + "/rest/debrief/1.0/intake/ci",
                        "-H",
                        "X-Debrief-Token: " + secret,
                        "-H",
                        "Content-Type: application/cloudevents+json",
                        "--data-binary",
                        "@" + deploy)
                .redirectErrorStream(true)
                .start();
        String output = new String(sent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(sent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("\"stored\":1");
        JsonNode proposed = rest.as(editor("alice"))
                .get("/incidents/" + INCIDENT + "/events")
                .json()
                .path("start")
                .path("proposed");
        assertThat(proposed.path("source").asText()).isEqualTo("ci");
        assertThat(proposed.path("minutesBeforeDetection").asLong()).isEqualTo(39);
    }

    /** The REST harness on a real socket, at the same paths Jira serves ({@code /rest/debrief/1.0/...}). */
    private int startIntakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rest/debrief/1.0/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                // the harness sets the body's length and JSON type itself
                if (!"Content-Length".equalsIgnoreCase(name)
                        && !"Host".equalsIgnoreCase(name)
                        && !"Content-Type".equalsIgnoreCase(name)) {
                    headers.put(name, values.get(0));
                }
            });
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath().substring("/rest/debrief/1.0".length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            RestTestHarness.Reply reply = rest.send(exchange.getRequestMethod(), path, body, headers);
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(out);
            }
            deliveries.add(reply.status() + " " + reply.body() + "\nfor: " + new String(body, StandardCharsets.UTF_8));
        });
        server.start();
        return server.getAddress().getPort();
    }

    /** Alertmanager's API v2: an alert that started five minutes before the incident's detection. */
    private static void postAlert(RealAlertmanager alertmanager) throws Exception {
        String alert = "[{\"labels\": {\"alertname\": \"DebriefIntakeProbe\", \"service\": \"checkout\"},"
                + " \"annotations\": {\"summary\": \"Checkout errors, see " + INCIDENT + "\"},"
                + " \"startsAt\": \"" + IntakeWorld.DETECTED.minusSeconds(300) + "\"}]";
        HttpResponse<String> response = alertmanager.post(alert);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
