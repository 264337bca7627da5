package io.debrief.bench;

import io.debrief.core.checkpoint.CheckpointPolicy;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.persistence.CheckpointPlanEntity;
import io.debrief.plugin.persistence.DebriefEntity;
import io.debrief.plugin.persistence.PersistenceStores;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 17: the checkpoint job's run with nothing due over many held debriefs (default 1,000,000). Each is held 1 hour
 * to 13 days before the run, with its next look planned as the job leaves it (checkpoint 1, 14 days after the
 * debrief) and its project's plan recorded. Prints the run's wall time (all of it database time: the tracker is in
 * memory) over repeated runs, the held debriefs it looked at and its tracker searches and issues; then one run of the
 * job as it was before the next look (reading every held debrief) for comparison.
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar io.debrief.bench.CheckpointIdleRun [h2|postgres] [held] [runs] [before]</pre>
 */
public final class CheckpointIdleRun {

    static final Instant NOW = CheckpointScaleRun.NOW;
    private static final int PROJECTS = 500;
    private static final int INTERVAL_DAYS = 14;

    private CheckpointIdleRun() {}

    public static void main(String[] args) {
        int held = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean before = args.length > 3 && args[3].equals("before");
        BenchDatabase.runOn(args, db -> run(db, held, runs, before));
    }

    private static void run(BenchDatabase db, int held, int runs, boolean withBefore) {
        Report report = Report.start("checkpoint job with nothing due: " + held + " held debriefs");
        report.line("database", db.name());
        PersistenceStores stores = PersistenceStores.over(db.ao());
        if (stores.settings().forProject("P0").checkpointIntervalDays() != INTERVAL_DAYS) {
            throw new IllegalStateException("the default checkpoint interval is no longer " + INTERVAL_DAYS);
        }
        Random random = new Random(17);
        long seeding = Seeding.insert(db.ao(), DebriefEntity.class, held, i -> {
            long heldAt =
                    NOW.minus(Duration.ofHours(1 + random.nextInt(13 * 24 - 1))).toEpochMilli();
            return row(i, heldAt);
        });
        Seeding.insert(
                db.ao(),
                CheckpointPlanEntity.class,
                PROJECTS,
                p -> Map.of("PROJECT_KEY", "P" + p, "INTERVAL_DAYS", INTERVAL_DAYS));
        report.millis("seeding (batches of " + Seeding.BATCH + ")", seeding);
        report.line("debrief table", db.tableSize(DebriefEntity.class));

        BenchTracker tracker = new BenchTracker();
        Counting looked = new Counting(stores.heldDebriefs());
        OpenDueCheckpoints job =
                new OpenDueCheckpoints(looked, stores.checkpoints(), tracker, stores.settings(), TestClock.at(NOW));

        report.section("nothing due (" + runs + " runs at the same moment)");
        long[] nanos = new long[runs];
        JobRunReport last = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            last = job.run();
            nanos[i] = System.nanoTime() - started;
        }
        report.latencies("wall time per run (all database)", nanos);
        report.line("held debriefs looked at, all runs", looked.count.get());
        report.line(
                "tracker searches / issues materialised, all runs",
                tracker.searches() + " / " + tracker.materialised());
        report.line(
                "opened / failed (last run)",
                last.opened() + " / " + last.failed().size());
        if (looked.count.get() != 0 || tracker.searches() != 0 || tracker.materialised() != 0) {
            report.line("RESULT", "WRONG: a run with nothing due read held debriefs or searched");
        }

        if (!withBefore) {
            report.end();
            return;
        }
        report.section("before the next look: one run reading every held debrief");
        OpenDueCheckpoints before = new OpenDueCheckpoints(
                new EveryHeld(stores.heldDebriefs()),
                stores.checkpoints(),
                tracker,
                stores.settings(),
                TestClock.at(NOW));
        long started = System.nanoTime();
        JobRunReport everyRow = before.run();
        report.millis("wall time", System.nanoTime() - started);
        report.line("opened / tracker searches", everyRow.opened() + " / " + tracker.searches());
        report.end();
    }

    private static Map<String, Object> row(int i, long heldAtMillis) {
        IssueRef incident = CheckpointScaleRun.incident(i);
        Map<String, Object> row = new HashMap<>();
        row.put("INCIDENT_ID", incident.id());
        row.put("INCIDENT_KEY", incident.key());
        row.put("PROJECT_KEY", incident.projectKey());
        row.put("SUMMARY", "Incident " + i);
        row.put("STATUS", (i % 3 == 0 ? DebriefStatus.PUBLISHED : DebriefStatus.HELD).name());
        row.put("DEBRIEF_VERSION", 3);
        row.put("HELD_AT", heldAtMillis);
        row.put("OWNER_KEY", "owner" + (i % 50));
        row.put("OWNER_NAME", "Owner " + (i % 50));
        row.put("LAST_CHECKPOINT", 0);
        row.put(
                "NEXT_LOOK_AT",
                new CheckpointPolicy(INTERVAL_DAYS)
                        .nextLook(Instant.ofEpochMilli(heldAtMillis), NOW, 0)
                        .toEpochMilli());
        return row;
    }

    /** Counts the held debriefs the job is handed. */
    private record Counting(HeldDebriefs store, AtomicLong count) implements HeldDebriefs {
        Counting(HeldDebriefs store) {
            this(store, new AtomicLong());
        }

        @Override
        public List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit) {
            List<HeldDebrief> due = store.dueBy(moment, afterIncidentId, limit);
            count.addAndGet(due.size());
            return due;
        }

        @Override
        public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
            return store.heldAfter(afterIncidentId, limit);
        }

        @Override
        public Optional<HeldDebrief> find(IssueRef incident) {
            return store.find(incident);
        }

        @Override
        public void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook) {
            store.scheduleNext(incident, lastNumber, nextLook);
        }

        @Override
        public Map<String, Integer> plannedIntervals() {
            return store.plannedIntervals();
        }

        @Override
        public void replan(String projectKey, int intervalDays) {
            store.replan(projectKey, intervalDays);
        }

        @Override
        public void recordPlan(String projectKey, int intervalDays) {
            store.recordPlan(projectKey, intervalDays);
        }
    }

    /** The job's reading before issue 17: every held debrief on every run, none moved on. */
    private record EveryHeld(HeldDebriefs store) implements HeldDebriefs {
        @Override
        public List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit) {
            return store.heldAfter(afterIncidentId, limit);
        }

        @Override
        public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
            return store.heldAfter(afterIncidentId, limit);
        }

        @Override
        public Optional<HeldDebrief> find(IssueRef incident) {
            return store.find(incident);
        }

        @Override
        public void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook) {}

        @Override
        public Map<String, Integer> plannedIntervals() {
            return store.plannedIntervals();
        }

        @Override
        public void replan(String projectKey, int intervalDays) {}

        @Override
        public void recordPlan(String projectKey, int intervalDays) {}
    }
}
