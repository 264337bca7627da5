package io.debrief.bench;

import io.debrief.core.checkpoint.CheckpointPolicy;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TrackedIssueBuilder;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.persistence.DebriefEntity;
import io.debrief.plugin.persistence.PersistenceStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 6 at scale: the checkpoint job over 100,000 held debriefs of which exactly 1,000 are due, on the real tables.
 * Prints wall time, the number opened (then 0 on a second run) and the heap watched during the run; run it with a
 * small heap (-Xmx256m) to show the memory follows the job's page size, not the number of rows.
 *
 * <p>{@code old} adds debriefs held 30-395 days ago whose action items are all closed: each has a checkpoint number
 * due by time but nothing to meet about, the population a long-lived instance accumulates.
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar io.debrief.bench.CheckpointScaleRun [h2|postgres] [held] [due] [old]</pre>
 */
public final class CheckpointScaleRun {

    static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final int PROJECTS = 500;
    private static final long FIRST_INCIDENT_ID = 1_000_000;

    private CheckpointScaleRun() {}

    public static void main(String[] args) {
        int held = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int due = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int old = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        BenchDatabase.runOn(args, db -> run(db, held, due, old));
    }

    private static void run(BenchDatabase db, int held, int due, int old) {
        Report report = Report.start("checkpoint job at scale: " + held + " held debriefs, " + due + " due, " + old
                + " old with every item closed");
        report.line("database", db.name());
        Random random = new Random(42);
        // every (held/due)-th incident is due: held 15..27 days ago with an open item; the rest 1 h..13 days ago
        int every = held / due;
        long[] heldAt = new long[held + old];
        for (int i = 0; i < held; i++) {
            heldAt[i] = (i % every == 0
                            ? NOW.minus(Duration.ofDays(15 + random.nextInt(13)))
                            : NOW.minus(Duration.ofHours(1 + random.nextInt(13 * 24 - 1))))
                    .toEpochMilli();
        }
        for (int i = held; i < held + old; i++) {
            heldAt[i] = NOW.minus(Duration.ofDays(30 + random.nextInt(366))).toEpochMilli();
        }
        long seeding = Seeding.insert(db.ao(), DebriefEntity.class, held + old, i -> debriefRow(i, heldAt[i]));
        report.millis("seeding (batches of " + Seeding.BATCH + ")", seeding);

        BenchTracker tracker = new BenchTracker().given(openItemsOfDueIncidents(held, every));
        PersistenceStores stores = PersistenceStores.over(db.ao());
        OpenDueCheckpoints job = new OpenDueCheckpoints(
                stores.heldDebriefs(), stores.checkpoints(), tracker, stores.settings(), TestClock.at(NOW));

        report.section("first run");
        JobRunReport first;
        try (HeapWatch heap = HeapWatch.start()) {
            long started = System.nanoTime();
            first = job.run();
            report.millis("wall time", System.nanoTime() - started);
            report.line("opened (expected " + due + ")", first.opened());
            report.line(
                    "failed / skipped / repaired",
                    first.failed().size() + " / " + first.skipped() + " / " + first.repaired());
            report.line("tracker searches", tracker.searches());
            report.line("peak used heap (sampled 5 ms)", Report.mib(heap.peakUsed()));
            report.line("peak heap after a GC (live data)", Report.mib(heap.peakAfterGc()));
            report.line("collections during the run", heap.collections());
        }
        report.section("second run (idempotence)");
        long searchesBefore = tracker.searches();
        long started = System.nanoTime();
        JobRunReport second = job.run();
        report.millis("wall time", System.nanoTime() - started);
        report.line("opened (expected 0)", second.opened());
        report.line("tracker searches", tracker.searches() - searchesBefore);
        report.line("sub-tasks in the tracker", tracker.subTasksCreated());
        if (first.opened() != due || second.opened() != 0 || tracker.subTasksCreated() != due) {
            report.line("RESULT", "WRONG: expected " + due + " opened once");
        }
        report.end();
    }

    private static Map<String, Object> debriefRow(int i, long heldAtMillis) {
        IssueRef incident = incident(i);
        // the first look as the debrief store writes it when a debrief is held (issue 17)
        return Map.ofEntries(
                Map.entry("INCIDENT_ID", incident.id()),
                Map.entry("INCIDENT_KEY", incident.key()),
                Map.entry("PROJECT_KEY", incident.projectKey()),
                Map.entry("SUMMARY", "Incident " + i),
                Map.entry("STATUS", (i % 3 == 0 ? DebriefStatus.PUBLISHED : DebriefStatus.HELD).name()),
                Map.entry("DEBRIEF_VERSION", 3),
                Map.entry("HELD_AT", heldAtMillis),
                Map.entry("OWNER_KEY", "owner" + (i % 50)),
                Map.entry("OWNER_NAME", "Owner " + (i % 50)),
                Map.entry("LAST_CHECKPOINT", 0),
                Map.entry(
                        "NEXT_LOOK_AT",
                        CheckpointPolicy.earliestFirstLook(Instant.ofEpochMilli(heldAtMillis))
                                .toEpochMilli()));
    }

    static IssueRef incident(int i) {
        String project = "P" + (i % PROJECTS);
        return new IssueRef(FIRST_INCIDENT_ID + i, project + "-" + (i + 1), project);
    }

    private static List<TrackedIssue> openItemsOfDueIncidents(int held, int every) {
        List<TrackedIssue> items = new ArrayList<>();
        for (int i = 0; i < held; i += every) {
            IssueRef incident = incident(i);
            items.add(TrackedIssueBuilder.anActionItem()
                    .ref(new IssueRef(10_000_000L + i, incident.projectKey() + "-A" + i, incident.projectKey()))
                    .of(incident)
                    .createdAt(NOW.minus(Duration.ofDays(30)))
                    .build());
        }
        return items;
    }
}
