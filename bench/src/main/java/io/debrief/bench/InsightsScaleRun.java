package io.debrief.bench;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.insights.IncidentItem;
import io.debrief.core.insights.IndexedIncident;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.insights.TeamRule;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.insights.InsightsResource;
import io.debrief.plugin.persistence.AoIncidentIndex;
import io.debrief.plugin.persistence.IncidentIndexEntity;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.web.testkit.RestTestHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 16: {@code GET /insights} on a site with 10,000 incidents and 50,000 action items (defaults) in the real
 * INCIDENT_INDEX table: incidents spread over the last 24 months across 50 projects (4 components each, a team label
 * on half), 5 items each (a fifth still open), 20 under an issue security level. Calls go through Jersey in process
 * (real Jackson, no HTTP): months 12 or 24, groupBy project/component/team, one call in four narrowed to one project,
 * three viewers (every project, browse-only, 25 projects). Prints latencies and, per call, the tracker searches and
 * issues materialised (the report has no tracker: always 0) and the per-issue permission lookups (one per secured
 * incident or item the viewer's projects hold).
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar io.debrief.bench.InsightsScaleRun [h2|postgres] [incidents] [calls]</pre>
 */
public final class InsightsScaleRun {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final int PROJECTS = 50;
    private static final int ITEMS_EACH = 5;
    private static final int SECURED = 20;
    private static final int WARM_UP_CALLS = 100;
    private static final String[] GROUPS = {"project", "component", "team"};

    private InsightsScaleRun() {}

    public static void main(String[] args) {
        int incidents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        BenchDatabase.runOn(args, db -> run(db, incidents, calls));
    }

    private static void run(BenchDatabase db, int incidents, int calls) {
        Report report = Report.start("insights: " + incidents + " incidents, " + incidents * ITEMS_EACH + " items");
        report.line("database", db.name());
        PersistenceStores stores = PersistenceStores.over(db.ao());
        Random random = new Random(16);
        long seeding = Seeding.insert(
                db.ao(), IncidentIndexEntity.class, incidents, i -> AoIncidentIndex.columns(incident(i, random)));
        report.millis("seeding (batches of " + Seeding.BATCH + ")", seeding);
        report.line("incident index table", db.tableSize(IncidentIndexEntity.class));

        InsightsSettings team = new InsightsSettings() {
            @Override
            public TeamRule team() {
                return TeamRule.labelPrefix("team-");
            }

            @Override
            public void saveTeam(TeamRule rule) {}
        };
        Insights insights = new Insights(new AoIncidentIndex(db.ao()), team, stores.settings(), TestClock.at(NOW));
        RestTestHarness rest = RestTestHarness.with(InsightsResource.class)
                .bind(InsightsApplication.class, new InsightsApplication(insights, team, null, null, null))
                .start();
        List<Counting> viewers =
                List.of(new Counting("alice", null), new Counting("bob", null), new Counting("carol", projects(25)));
        Random calling = new Random(11);
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call(rest, viewers.get(i % viewers.size()), path(calling, i));
        }
        report.section("the parts of one call, 20 times each");
        AoIncidentIndex index = new AoIncidentIndex(db.ao());
        long[] reads = new long[20];
        long[] cores = new long[20];
        int rows = 0;
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            rows = index.relevantSince(null, NOW.minus(Duration.ofDays(366))).size();
            reads[i] = System.nanoTime() - started;
            started = System.nanoTime();
            insights.report(io.debrief.core.insights.InsightsQuery.parse("12", null, "component"), viewers.get(0));
            cores[i] = System.nanoTime() - started;
        }
        report.line("rows read for 12 months", rows);
        report.latencies("index read alone", reads);
        report.latencies("core report (read included)", cores);
        report.section("REST GET /insights: " + calls + " calls (after " + WARM_UP_CALLS + " warm-up)");
        report.load();
        long[] nanos = new long[calls];
        long mostLookups = 0;
        long sumLookups = 0;
        for (int i = 0; i < calls; i++) {
            Counting viewer = viewers.get(i % viewers.size());
            String path = path(calling, i);
            long before = viewer.lookups.get();
            long started = System.nanoTime();
            call(rest, viewer, path);
            nanos[i] = System.nanoTime() - started;
            long used = viewer.lookups.get() - before;
            sumLookups += used;
            mostLookups = Math.max(mostLookups, used);
        }
        report.latencies("latency", nanos);
        report.line("  per call: tracker searches / issues materialised", "0 / 0 (no tracker on this path)");
        report.line("  per call, mean / most: per-issue lookups", sumLookups / (double) calls + " / " + mostLookups);
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        report.line(
                "RESULT",
                Report.percentile(sorted, 99) < Duration.ofMillis(200).toNanos()
                        ? "p99 under 200 ms"
                        : "WRONG: p99 at or over 200 ms");
        report.end();
    }

    private static String path(Random random, int i) {
        String months = random.nextBoolean() ? "12" : "24";
        String project = i % 4 == 3 ? "&project=P" + random.nextInt(PROJECTS) : "";
        return "/insights?months=" + months + "&groupBy=" + GROUPS[random.nextInt(GROUPS.length)] + project;
    }

    private static void call(RestTestHarness rest, Viewer viewer, String path) {
        RestTestHarness.Reply reply = rest.as(viewer).get(path);
        if (reply.status() != 200) {
            throw new IllegalStateException(path + " answered " + reply.status() + ": " + reply.body());
        }
    }

    /** Incident i: began within the last 24 months, facts minutes to hours apart, 5 items, a fifth still open. */
    static IndexedIncident incident(int i, Random random) {
        int project = i % PROJECTS;
        String key = "P" + project + "-" + (i + 1);
        Instant began = NOW.minus(Duration.ofMinutes(random.nextInt(24 * 30 * 24 * 60)));
        Instant detected = began.plus(Duration.ofMinutes(1 + random.nextInt(30)));
        Instant mitigated = random.nextInt(4) == 0 ? null : detected.plus(Duration.ofMinutes(random.nextInt(90)));
        Instant resolved = began.plus(Duration.ofMinutes(10 + random.nextInt(600)));
        boolean held = random.nextInt(10) < 7;
        Instant heldAt = held ? resolved.plus(Duration.ofHours(2 + random.nextInt(120))) : null;
        List<IncidentItem> items = new ArrayList<>();
        for (int n = 0; n < ITEMS_EACH; n++) {
            long itemId = 1_000_000L + (long) i * ITEMS_EACH + n;
            LocalDate created = LocalDate.ofInstant(resolved, ZoneOffset.UTC).plusDays(1 + random.nextInt(3));
            LocalDate due = created.plusDays(28);
            boolean open = random.nextInt(5) == 0;
            Instant end = open
                    ? null
                    : created.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(random.nextInt(60)));
            if (end != null && end.isAfter(NOW)) {
                end = null;
            }
            items.add(new IncidentItem(
                    IssueRef.of(itemId, "P" + project + "-" + itemId),
                    created,
                    due,
                    end,
                    end != null && !LocalDate.ofInstant(end, ZoneOffset.UTC).isAfter(due),
                    end != null && random.nextInt(20) == 0,
                    i < SECURED && n == 0));
        }
        return new IndexedIncident(
                IssueRef.of(i + 1, key),
                Set.of("component-" + (i % 4)),
                i % 2 == 0 ? Set.of("team-" + (i % 7)) : Set.of(),
                began,
                new IncidentFacts(began, detected, mitigated, resolved),
                held ? DebriefStatus.HELD : DebriefStatus.AWAITING,
                heldAt,
                i < SECURED,
                items);
    }

    private static Set<String> projects(int count) {
        Set<String> keys = new HashSet<>();
        for (int p = 0; p < count; p++) {
            keys.add("P" + p);
        }
        return keys;
    }

    /** A viewer who may browse every project (or these), counting the per-issue permission checks asked of it. */
    private static final class Counting implements Viewer {
        private final UserRef user;
        private final Set<String> projects;
        private final AtomicLong lookups = new AtomicLong();

        Counting(String key, Set<String> projects) {
            this.user = new UserRef(key, key);
            this.projects = projects;
        }

        @Override
        public Optional<UserRef> user() {
            return Optional.of(user);
        }

        @Override
        public boolean canBrowse(IssueRef issue) {
            lookups.incrementAndGet();
            return canBrowseProject(issue.projectKey());
        }

        @Override
        public boolean canEdit(IssueRef issue) {
            return false;
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            return projects == null || projects.contains(projectKey);
        }

        @Override
        public boolean isAdmin() {
            return false;
        }
    }
}
