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
import io.debrief.plugin.web.testkit.RestTestHarness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
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

    private static final List<String> CANDIDATES = List.of(
            System.getProperty("debrief.test.alertmanager", ""),
            "/usr/bin/prometheus-alertmanager",
            "/usr/local/bin/alertmanager");

    private final IntakeWorld world = new IntakeWorld();
    private final RestTestHarness rest = world.rest(IntakeResource.class, IncidentEventsResource.class);
    private final BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
    private HttpServer server;
    private Process alertmanager;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws InterruptedException {
        if (alertmanager != null) {
            alertmanager.destroy();
            if (!alertmanager.waitFor(10, TimeUnit.SECONDS)) {
                alertmanager.destroyForcibly();
            }
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anAlertPostedToAlertmanagerArrivesAsASuggestionOnTheIncident() throws Exception {
        String binary = CANDIDATES.stream()
                .filter(path -> !path.isBlank() && Files.isExecutable(Path.of(path)))
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(
                binary != null,
                "Prometheus Alertmanager is not installed (apt-get install "
                        + "prometheus-alertmanager, or ./dev test which installs it): the real Alertmanager test is skipped");
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
        int alertmanagerPort = freePort();

        startAlertmanager(binary, intakePort, alertmanagerPort, secret);
        postAlert(alertmanagerPort);

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

    private void startAlertmanager(String binary, int intakePort, int port, String secret) throws Exception {
        Path config = dir.resolve("alertmanager.yml");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "route:",
                        "  receiver: debrief",
                        "  group_wait: 1s",
                        "  group_interval: 1s",
                        "  repeat_interval: 1h",
                        "receivers:",
                        "  - name: debrief",
                        "    webhook_configs:",
                        "      - url: http://127.0.0.1:" + intakePort + "/rest/debrief/1.0/intake/prom",
                        "        send_resolved: true",
                        "        http_config:",
                        "          authorization:",
                        "            type: Bearer",
                        "            credentials: " + secret,
                        ""));
        alertmanager = new ProcessBuilder(
                        binary,
                        "--config.file=" + config,
                        "--storage.path=" + dir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address=")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Void> listening = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(alertmanager.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            synchronized (log) {
                                log.append(line).append('\n');
                            }
                            if (line.contains("Listening")) {
                                listening.complete(null);
                            }
                        }
                        listening.completeExceptionally(new IllegalStateException("Alertmanager stopped:\n" + log));
                    } catch (IOException closed) {
                        listening.completeExceptionally(closed);
                    }
                },
                "alertmanager-log");
        reader.setDaemon(true);
        reader.start();
        listening.get(60, TimeUnit.SECONDS);
    }

    /** Alertmanager's API v2: an alert that started five minutes before the incident's detection. */
    private static void postAlert(int port) throws Exception {
        String alert = "[{\"labels\": {\"alertname\": \"DebriefIntakeProbe\", \"service\": \"checkout\"},"
                + " \"annotations\": {\"summary\": \"Checkout errors, see " + INCIDENT + "\"},"
                + " \"startsAt\": \"" + IntakeWorld.DETECTED.minusSeconds(300) + "\"}]";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2/alerts"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(alert))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
