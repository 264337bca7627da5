package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** REST calls on a seeded sandbox as a seeded person, for the cost tests of the review and the library. */
final class SeedRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeedRequests() {}

    /** {@code GET path} as {@code user} (whose password is the user name in the seed), JSON accepted. */
    static HttpResponse<String> get(SandboxServer server, String user, String path) throws Exception {
        return send(as(server, user, path).GET());
    }

    /** {@code POST path} with a JSON body as {@code user}, as the plugin's pages send it. */
    static HttpResponse<String> post(SandboxServer server, String user, String path, String json) throws Exception {
        return send(as(server, user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request to {@code path} as {@code user}, accepting JSON. */
    private static HttpRequest.Builder as(SandboxServer server, String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Prints p50 and p95 of 100 calls of each path after 30 warm-up calls (each of which must answer 200). Printed,
     * never asserted: timings belong to bench/. Tests run with the C1 compiler only ({@code -XX:TieredStopAtLevel=1} in
     * the parent POM, for a fast build), so these figures compare paths with each other; a running sandbox's figures
     * (full JIT, as a Jira site runs) come from {@code bench}'s {@code SandboxSeedRun}.
     */
    static void printLatency(SandboxServer server, String user, String... paths) throws Exception {
        for (String path : paths) {
            for (int i = 0; i < 30; i++) {
                assertThat(get(server, user, path).statusCode()).as(path).isEqualTo(200);
            }
            long[] nanos = new long[100];
            for (int i = 0; i < nanos.length; i++) {
                long started = System.nanoTime();
                get(server, user, path);
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "sandbox GET %s, 100 calls: p50 %.1f ms, p95 %.1f ms%n", path, nanos[50] / 1e6, nanos[95] / 1e6);
        }
    }
}
