package io.debrief.plugin.web.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus Alertmanager process (Debian package {@code prometheus-alertmanager}, installed by
 * {@code ./dev test}; {@code -Ddebrief.test.alertmanager=/path} names another binary) whose one receiver posts every
 * notification, firing and resolved, to a Debrief intake URL with the source's secret as a bearer token. Tests that
 * need it are skipped where it is not installed.
 */
public final class RealAlertmanager implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of(
            System.getProperty("debrief.test.alertmanager", ""),
            "/usr/bin/prometheus-alertmanager",
            "/usr/local/bin/alertmanager");

    private final Process process;
    private final int port;

    private RealAlertmanager(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The installed binary; the calling test is skipped (naming {@code what}) when there is none. */
    public static String binaryOrSkip(String what) {
        String binary = CANDIDATES.stream()
                .filter(path -> !path.isBlank() && Files.isExecutable(Path.of(path)))
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(
                binary != null,
                "Prometheus Alertmanager is not installed (apt-get install prometheus-alertmanager, or ./dev test"
                        + " which installs it): " + what + " is skipped");
        return binary;
    }

    /**
     * Starts Alertmanager with its files under {@code dir}, notifying {@code http://127.0.0.1:<intakePort>} at
     * {@code intakePath}, and returns once it listens (at most a minute).
     */
    public static RealAlertmanager start(String binary, Path dir, int intakePort, String intakePath, String secret)
            throws Exception {
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
                        "      - url: http://127.0.0.1:" + intakePort + intakePath,
                        "        send_resolved: true",
                        "        http_config:",
                        "          authorization:",
                        "            type: Bearer",
                        "            credentials: " + secret,
                        ""));
        int port = freePort();
        Process process = new ProcessBuilder(
                        binary,
                        "--config.file=" + config,
                        "--storage.path=" + dir.resolve("alertmanager-data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address=")
                .redirectErrorStream(true)
                .start();
        RealAlertmanager alertmanager = new RealAlertmanager(process, port);
        try {
            alertmanager.awaitListening();
        } catch (Exception e) {
            alertmanager.close();
            throw e;
        }
        return alertmanager;
    }

    /** Posts alerts (a JSON array) to Alertmanager's API v2, as Prometheus would; answers the response. */
    public HttpResponse<String> post(String alerts) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2/alerts"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(alerts))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening() throws Exception {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
