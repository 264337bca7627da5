package io.debrief.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 17's sandbox figure: the seeded sandbox as a person runs it ({@code ./dev sandbox}: its own JVM with the full
 * JIT, an embedded H2 file database, the hosted Jira), asked over HTTP for the review of the seed beside a timeline
 * (the yardstick) and the library. The paths are called in turn, first for a warm-up time (a site that has
 * served its dashboards for a while), then {@code calls} times each, so a burst of load on the shared machine falls
 * on every path alike.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.debrief.bench.SandboxSeedRun [sandbox jar] [calls] [warm-up seconds]</pre>
 */
public final class SandboxSeedRun {

    private static final Pattern READY = Pattern.compile("ready in \\d+ ms at (\\S+)/ \\(port (\\d+)\\)");
    private static final String[] PATHS = {
        "/rest/debrief/1.0/review?limit=50",
        "/rest/debrief/1.0/incidents/OPS-1/timeline",
        "/rest/debrief/1.0/library",
        "/rest/debrief/1.0/review?limit=50&sort=deferred&groupBy=incident&start=10",
    };

    private SandboxSeedRun() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "sandbox/target/debrief-sandbox.jar");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 30);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing: build it with mvn -pl sandbox -am package");
        }
        Path db = Files.createTempDirectory("debrief-seed-run");
        Process sandbox = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--seed",
                        "--port",
                        "0",
                        "--db",
                        db.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String base = awaitReady(sandbox);
            run(base, calls, warmUp);
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(30, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(String base, int calls, Duration warmUp) throws Exception {
        Report report = Report.start("the seeded sandbox over HTTP as alice, in its own JVM (full JIT, H2 file)");
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        int warmCalls = 0;
        while (System.nanoTime() < warmUntil) {
            call(http, base, PATHS[warmCalls++ % PATHS.length]);
        }
        report.line("warm-up", warmCalls + " calls in " + warmUp.toSeconds() + " s, the paths in turn");
        report.load();
        long[][] nanos = new long[PATHS.length][calls];
        for (int i = 0; i < calls; i++) {
            for (int p = 0; p < PATHS.length; p++) {
                nanos[p][i] = call(http, base, PATHS[p]);
            }
        }
        report.section(calls + " calls of each path, in turn");
        for (int p = 0; p < PATHS.length; p++) {
            report.latencies("GET " + PATHS[p], nanos[p]);
        }
        report.end();
    }

    /** One call as alice; anything but 200 stops the run. */
    private static long call(HttpClient http, String base, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return took;
    }

    /** Reads the sandbox's output until it says where it listens (its output is drained afterwards too). */
    private static String awaitReady(Process sandbox) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                CompletableFuture.runAsync(() -> out.lines().forEach(ignored -> {}));
                return ready.group(1);
            }
            seen.add(line);
        }
        throw new IllegalStateException("the sandbox stopped before it was ready:\n" + String.join("\n", seen));
    }
}
