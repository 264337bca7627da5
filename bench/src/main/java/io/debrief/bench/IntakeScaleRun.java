package io.debrief.bench;

import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.SourceForm;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.intake.IntakeResource;
import io.debrief.plugin.persistence.AoEventDecisions;
import io.debrief.plugin.persistence.AoEventSources;
import io.debrief.plugin.persistence.AoExternalEventLog;
import io.debrief.plugin.persistence.ExternalEventEntity;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.web.testkit.RestTestHarness;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 15: the intake at a steady 200 deliveries a second. Each delivery is a CloudEvents/CDEvents deploy of its own
 * id, posted to {@code POST /intake/ci} through Jersey in process ({@code RestTestHarness}: real Jersey, the secret
 * check, the JSON reader, the Active Objects store; no HTTP). Deliveries are sent on a fixed schedule and each latency
 * is measured from its scheduled time by a pool of 8 workers (senders deliver concurrently and Jira serves requests
 * on many threads), so a slow one shows in the figures instead of hiding behind the schedule; one in ten
 * is a repeat of an earlier delivery (stored nothing, answered 202). Prints p50/p99/max and the rate kept.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.debrief.bench.IntakeScaleRun [h2|postgres] [deliveries] [perSecond]</pre>
 */
public final class IntakeScaleRun {

    private static final int WORKERS = 8;

    private IntakeScaleRun() {}

    public static void main(String[] args) {
        int deliveries = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        BenchDatabase.runOn(args, db -> run(db, deliveries, perSecond));
    }

    private static void run(BenchDatabase db, int deliveries, int perSecond) {
        Report report = Report.start("intake: " + deliveries + " deliveries at " + perSecond + "/s");
        report.line("database", db.name());
        PersistenceStores stores = PersistenceStores.over(db.ao());
        Clock clock = Clock.systemUTC();
        DebriefApplication app = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                new InMemoryIssueTracker(clock),
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock);
        IntakeApplication intake = new IntakeApplication(
                app,
                stores.timeline(),
                DerivedEntries.NONE,
                new AoEventSources(db.ao()),
                new AoExternalEventLog(db.ao()),
                new AoEventDecisions(db.ao()));
        TestViewer admin = new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);
        String secret = intake.sources()
                .create(
                        new SourceForm(
                                "ci",
                                null,
                                EventFormat.CLOUDEVENTS,
                                null,
                                List.of(new LabelMapping("service", "*", "OPS", null)),
                                false),
                        admin)
                .secret();
        RestTestHarness rest = RestTestHarness.with(IntakeResource.class)
                .bind(IntakeApplication.class, intake)
                .start();
        Map<String, String> headers = Map.of(IntakeResource.TOKEN_HEADER, secret);

        int warmup = Math.min(500, deliveries / 5);
        for (int i = 0; i < warmup; i++) {
            send(rest, headers, "warmup-" + i);
        }
        long[] nanos = new long[deliveries];
        long interval = 1_000_000_000L / perSecond;
        // senders deliver concurrently, and Jira serves requests on many threads: a pool of workers takes each
        // delivery at its due time
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < deliveries; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            // one in ten repeats an earlier delivery, as a sender retrying after a timeout does
            String id = n % 10 == 9 ? "event-" + (n - 5) : "event-" + n;
            sent.add(workers.submit(() -> {
                send(rest, headers, id);
                nanos[n] = System.nanoTime() - due;
            }));
        }
        for (Future<?> delivery : sent) {
            try {
                delivery.get();
            } catch (InterruptedException | ExecutionException failed) {
                throw new IllegalStateException(failed);
            }
        }
        long elapsed = System.nanoTime() - start;
        workers.shutdown();
        report.latencies("POST /intake/ci (from the scheduled time)", nanos);
        report.latencies(
                "  of which new events",
                java.util.stream.IntStream.range(0, deliveries)
                        .filter(i -> i % 10 != 9)
                        .mapToLong(i -> nanos[i])
                        .toArray());
        report.latencies(
                "  of which repeats",
                java.util.stream.IntStream.range(0, deliveries)
                        .filter(i -> i % 10 == 9)
                        .mapToLong(i -> nanos[i])
                        .toArray());
        report.line("rate kept", String.format("%.1f deliveries/s", deliveries * 1e9 / elapsed));
        report.line("rows stored", db.tableSize(ExternalEventEntity.class));
        report.end();
    }

    private static void send(RestTestHarness rest, Map<String, String> headers, String id) {
        String body = "{\"specversion\": \"1.0\", \"id\": \"" + id + "\", \"source\": \"/bench/ci\","
                + " \"type\": \"dev.cdevents.service.deployed.0.2.0\", \"time\": \"2026-11-24T08:31:00Z\","
                + " \"data\": {\"context\": {\"version\": \"0.4.1\", \"id\": \"" + id + "\", \"source\": \"/bench/ci\","
                + " \"type\": \"dev.cdevents.service.deployed.0.2.0\", \"timestamp\": \"2026-11-24T08:31:00Z\"},"
                + " \"subject\": {\"id\": \"checkout\", \"type\": \"service\", \"content\": {\"environment\":"
                + " {\"id\": \"production\"}, \"artifactId\": \"pkg:oci/checkout@sha256%3Aabc\"}}}}";
        RestTestHarness.Reply reply = rest.send("POST", "/intake/ci", body.getBytes(StandardCharsets.UTF_8), headers);
        if (reply.status() != 202) {
            throw new IllegalStateException("delivery " + id + " answered " + reply.status() + ": " + reply.body());
        }
    }
}
