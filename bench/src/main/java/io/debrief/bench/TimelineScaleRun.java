package io.debrief.bench;

import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.persistence.TimelineEntryEntity;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 3 at scale: the timeline table with 1,000,000 entries across 10,000 incidents. Reading one incident's
 * entries goes through the INCIDENT_ID index, so it should cost the same at 20k, 100k and 1M rows: the run reads the
 * same 200 probe incidents (100 entries each) at each size and prints p50/p99, then the table's size.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.debrief.bench.TimelineScaleRun [h2|postgres] [rows] [incidents]</pre>
 */
public final class TimelineScaleRun {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int PROBES = 200;
    private static final int READS = 400;
    private static final EntryKind[] KINDS = {EntryKind.NOTE, EntryKind.ALERT, EntryKind.DEPLOY, EntryKind.ACTION};

    private TimelineScaleRun() {}

    public static void main(String[] args) {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int incidents = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        BenchDatabase.runOn(args, db -> run(db, rows, incidents));
    }

    private static void run(BenchDatabase db, int rows, int incidents) {
        Report report = Report.start("timeline at scale: " + rows + " entries across " + incidents + " incidents");
        report.line("database", db.name());
        TimelineStore store = PersistenceStores.over(db.ao()).timeline();
        int perIncident = rows / incidents;
        // the probes first and only once, so every later size reads exactly the same incidents and entries
        int probeRows = PROBES * perIncident;
        int written = insert(db, report, 0, probeRows, 0, PROBES);
        Random random = new Random(3);
        read(report, store, written, perIncident, random);
        for (int target : new int[] {rows / 10, rows}) {
            if (target > written) {
                written = insert(db, report, written, target, PROBES, incidents - PROBES);
                read(report, store, written, perIncident, random);
            }
        }
        report.line("table size", db.tableSize(TimelineEntryEntity.class));
        report.end();
    }

    /**
     * Rows {@code from..to} go round-robin over incidents {@code first..first+count-1}, so each incident's entries are
     * spread over the table.
     */
    private static int insert(BenchDatabase db, Report report, int from, int to, int first, int count) {
        long nanos = Seeding.insert(
                db.ao(), TimelineEntryEntity.class, to - from, i -> row(from + i, first + (from + i) % count));
        report.millis("insert rows " + from + ".." + to + " (batches of " + Seeding.BATCH + ")", nanos);
        return to;
    }

    private static void read(Report report, TimelineStore store, int tableRows, int perIncident, Random random) {
        for (int i = 0; i < PROBES; i++) {
            store.entries(incidentId(random.nextInt(PROBES)), false);
        }
        long[] nanos = new long[READS];
        for (int i = 0; i < READS; i++) {
            long incident = incidentId(random.nextInt(PROBES));
            long started = System.nanoTime();
            List<TimelineEntry> entries = store.entries(incident, false);
            nanos[i] = System.nanoTime() - started;
            if (entries.size() != perIncident) {
                throw new IllegalStateException("incident " + incident + " has " + entries.size() + " entries");
            }
        }
        report.latencies("read 1 incident (" + perIncident + " entries) @" + tableRows + " rows", nanos);
    }

    private static long incidentId(int n) {
        return 1_000_000L + n;
    }

    private static Map<String, Object> row(int i, int incident) {
        Instant at = T0.plusSeconds(i);
        Map<String, Object> row = new HashMap<>();
        row.put("INCIDENT_ID", incidentId(incident));
        row.put("KIND", KINDS[i % KINDS.length].name());
        row.put("OCCURRED_AT", at.toEpochMilli());
        row.put("TEXT", "Queue depth on worker " + (i % 97) + " above 10k; paged the on-call rotation");
        row.put("SOURCE", EntrySource.MANUAL.name());
        row.put("ENTRY_VERSION", 1);
        row.put("DELETED", false);
        row.put("AUTHOR_KEY", "user" + (i % 40));
        row.put("RECORDED_AT", at.toEpochMilli());
        return row;
    }
}
