package io.debrief.bench;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ReviewGrouping;
import io.debrief.core.review.ReviewQuery;
import io.debrief.core.review.ReviewResult;
import io.debrief.core.review.ReviewSort;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.persistence.AoItemIndex;
import io.debrief.plugin.persistence.PersistenceStores;
import io.debrief.plugin.review.ReviewResource;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.Viewers;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Issue 7 at scale: the monthly review over 10,000 open items across 500 projects, on the real tables (checkpoints and
 * review decisions) with the items in an in-memory tracker (in Jira they come from Jira's issue search, whose cost is
 * Jira's). Calls core's query directly and the REST resource in process (Jersey + Jackson), each 200+ times over first
 * and random pages, groupings, sorts and viewers, and prints p50/p95/p99/max of each.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.debrief.bench.ReviewScaleRun [h2|postgres] [items] [calls]</pre>
 */
public final class ReviewScaleRun {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final int PROJECTS = 500;
    private static final int ITEMS_PER_INCIDENT = 4;
    private static final int WARM_UP_CALLS = 40;
    private static final String[] GROUPINGS = {"none", "incident", "team", "category"};
    private static final String[] SORTS = {"age", "newest", "due", "deferred", "key"};

    private ReviewScaleRun() {}

    public static void main(String[] args) {
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 11_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        BenchDatabase.runOn(args, db -> run(db, items, calls));
    }

    private static void run(BenchDatabase db, int items, int calls) {
        Report report = Report.start(
                "review at scale: " + items + " items (1 in 11 closed this month), " + PROJECTS + " projects");
        report.line("database", db.name());
        ReviewWorld world = ReviewWorld.of(items, ITEMS_PER_INCIDENT, PROJECTS, NOW);
        PersistenceStores stores = PersistenceStores.over(db.ao());
        long started = System.nanoTime();
        // -Ddebrief.bench.review.historyScale=0.1 at 110,000 items keeps the checkpoint and decision rows at the
        // 10,000-item run's count (seeding them is what takes long; a page reads only its own)
        double historyScale = Double.parseDouble(System.getProperty("debrief.bench.review.historyScale", "1"));
        int checkpoints = world.writeCheckpoints(stores.checkpoints(), 0.6 * historyScale);
        int decisions = world.writeDecisions(stores.reviewDecisions(), 0.2 * historyScale);
        report.millis("seeding through the stores", System.nanoTime() - started);
        report.line("open items / closed this month", world.open.size() + " / " + world.closedThisMonth.size());
        report.line(
                "incidents / checkpoints / decisions",
                world.incidents.size() + " / " + checkpoints + " / " + decisions);

        BenchTracker tracker = new BenchTracker().given(world.allItems());
        TestClock clock = TestClock.at(NOW);
        DebriefApplication readingAll = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                tracker,
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock);
        AoItemIndex index = new AoItemIndex(db.ao());
        int securedEvery = Integer.getInteger("debrief.bench.review.securedEvery", 0);
        report.line("items under a security level", securedEvery == 0 ? "none" : "every " + securedEvery + "th");
        started = System.nanoTime();
        index.insertNew(world.allItems().stream()
                // -Ddebrief.bench.review.securedEvery=N: every Nth item under an issue security level (the in-memory
                // tracker shows them all, so each review asks about them and pages them with the rest)
                .map(item ->
                        IndexedItem.of(item, securedEvery > 0 && item.ref().id() % securedEvery == 0, clock.getZone()))
                .toList());
        report.millis("item index filled (" + world.allItems().size() + " rows)", System.nanoTime() - started);
        if (Boolean.getBoolean("debrief.bench.analyze")) {
            // what autovacuum does within a minute of the fill, before the first call rather than during the calls
            started = System.nanoTime();
            db.analyze();
            report.millis("statistics gathered (ANALYZE)", System.nanoTime() - started);
        }
        DebriefApplication indexed = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                tracker,
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock,
                index);
        List<Viewer> viewers = List.of(
                Viewers.editor("alice"), Viewers.browseOnly("bob"), new ProjectsViewer("carol", projects(0, 50)));
        boolean indexOnly = Boolean.getBoolean("debrief.bench.indexOnly");
        for (DebriefApplication app : indexOnly ? List.of(indexed) : List.of(readingAll, indexed)) {
            String path = app == indexed ? "item index" : "reading every item";
            RestTestHarness rest = RestTestHarness.with(ReviewResource.class)
                    .bind(DebriefApplication.class, app)
                    .start();
            Random random = new Random(11);
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                call(rest, app, viewers.get(i % viewers.size()), request(random, i, world.open.size()), i % 2 == 0);
            }
            report.section(path + ": " + calls + " calls each (after " + WARM_UP_CALLS + " warm-up), page size 50");
            report.load();
            measure(
                    report,
                    tracker,
                    "core query, page 1",
                    calls,
                    i -> call(app, viewers.get(i % viewers.size()), firstPage(i)));
            measure(
                    report,
                    tracker,
                    "core query, random pages",
                    calls,
                    i -> call(app, viewers.get(i % viewers.size()), request(random, i, world.open.size())));
            if (app == indexed) {
                // a JQL filter: Jira reads every item it matches (no id-only search is in the API this plugin may
                // use), but no item's incident link: the page's incidents come from the index
                measure(
                        report,
                        tracker,
                        "core query, page 1 with a JQL filter every item answers",
                        Math.min(calls, FILTERED_CALLS),
                        i -> call(
                                app,
                                viewers.get(i % viewers.size()),
                                firstPage(i).filtered()));
                // the random pages above mix five sorts: each sort apart, so a slow one shows in its own tail
                for (String sort : SORTS) {
                    measure(
                            report,
                            tracker,
                            "core query, random pages sorted by " + sort,
                            calls,
                            i -> call(
                                    app,
                                    viewers.get(i % viewers.size()),
                                    request(random, i, world.open.size()).sortedBy(sort)));
                }
            }
            measure(
                    report,
                    tracker,
                    "REST GET /review, page 1",
                    calls,
                    i -> call(rest, viewers.get(i % viewers.size()), firstPage(i)));
            measure(
                    report,
                    tracker,
                    "REST GET /review, random pages",
                    calls,
                    i -> call(rest, viewers.get(i % viewers.size()), request(random, i, world.open.size())));
        }
        report.end();
    }

    /** Calls of the filtered review, which reads every item: fewer, so a 110,000-item run stays short. */
    private static final int FILTERED_CALLS = 30;

    private interface Call {
        void run(int i);
    }

    /** Latencies, and per call the most searches, issues materialised and per-issue lookups Jira would make. */
    private static void measure(Report report, BenchTracker tracker, String name, int calls, Call call) {
        long[] nanos = new long[calls];
        long[] most = new long[3];
        long[] sum = new long[3];
        for (int i = 0; i < calls; i++) {
            BenchTracker.Counts before = tracker.counts();
            long started = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - started;
            BenchTracker.Counts used = tracker.counts().since(before);
            long[] each = {used.searches(), used.materialised(), used.lookups()};
            for (int c = 0; c < 3; c++) {
                most[c] = Math.max(most[c], each[c]);
                sum[c] += each[c];
            }
        }
        report.latencies(name, nanos);
        report.line("  per call, mean / most: searches", sum[0] / (double) calls + " / " + most[0]);
        report.line("  per call, mean / most: issues materialised", sum[1] / (double) calls + " / " + most[1]);
        report.line("  per call, mean / most: per-issue lookups", sum[2] / (double) calls + " / " + most[2]);
    }

    private static Request firstPage(int i) {
        return new Request(0, GROUPINGS[i % GROUPINGS.length], "age", Set.of());
    }

    /** A random page of the whole list; one request in four narrows to ten projects. */
    private static Request request(Random random, int i, int openItems) {
        Set<String> projects = i % 4 == 3 ? randomProjects(random, 10) : Set.of();
        int pages = Math.max(1, openItems / ReviewQuery.DEFAULT_PAGE_SIZE);
        return new Request(
                random.nextInt(projects.isEmpty() ? pages : 2) * ReviewQuery.DEFAULT_PAGE_SIZE,
                GROUPINGS[random.nextInt(GROUPINGS.length)],
                SORTS[random.nextInt(SORTS.length)],
                projects);
    }

    private static void call(
            RestTestHarness rest, DebriefApplication app, Viewer viewer, Request request, boolean viaRest) {
        if (viaRest) {
            call(rest, viewer, request);
        } else {
            call(app, viewer, request);
        }
    }

    private static void call(DebriefApplication app, Viewer viewer, Request request) {
        ReviewResult result = app.review().query(request.query(), viewer);
        if (result.totals() == null) {
            throw new IllegalStateException("no totals");
        }
    }

    private static void call(RestTestHarness rest, Viewer viewer, Request request) {
        RestTestHarness.Reply reply = rest.as(viewer).get(request.path());
        if (reply.status() != 200) {
            throw new IllegalStateException(request.path() + " answered " + reply.status() + ": " + reply.body());
        }
    }

    private static Set<String> randomProjects(Random random, int count) {
        Set<String> keys = new HashSet<>();
        while (keys.size() < count) {
            keys.add("P" + random.nextInt(PROJECTS));
        }
        return keys;
    }

    private static Set<String> projects(int from, int to) {
        Set<String> keys = new HashSet<>();
        for (int p = from; p < to; p++) {
            keys.add("P" + p);
        }
        return keys;
    }

    /** One review request, as core's query and as the REST path. */
    private record Request(int start, String grouping, String sort, Set<String> projects, String filter) {

        Request(int start, String grouping, String sort, Set<String> projects) {
            this(start, grouping, sort, projects, null);
        }

        Request sortedBy(String other) {
            return new Request(start, grouping, other, projects, filter);
        }

        /**
         * The same request with a person's JQL filter, which only Jira can read; the bench's tracker reads none and
         * lets every item answer it, as "project is not EMPTY" would.
         */
        Request filtered() {
            return new Request(start, grouping, sort, projects, "project is not EMPTY");
        }

        ReviewQuery query() {
            return new ReviewQuery(
                            projects,
                            0,
                            ReviewGrouping.valueOf(grouping.toUpperCase(java.util.Locale.ROOT)),
                            sortOf(sort),
                            new PageRequest(start, ReviewQuery.DEFAULT_PAGE_SIZE))
                    .withFilter(filter);
        }

        String path() {
            return "/review?groupBy=" + grouping + "&sort=" + sort + "&start=" + start + "&limit="
                    + ReviewQuery.DEFAULT_PAGE_SIZE
                    + (projects.isEmpty() ? "" : "&projects=" + String.join(",", projects));
        }

        private static ReviewSort sortOf(String name) {
            return switch (name) {
                case "newest" -> ReviewSort.NEWEST_FIRST;
                case "due" -> ReviewSort.DUE_FIRST;
                case "deferred" -> ReviewSort.MOST_DEFERRED;
                case "key" -> ReviewSort.BY_KEY;
                default -> ReviewSort.OLDEST_FIRST;
            };
        }
    }

    /** A person who may browse and edit a set of projects only. */
    private record ProjectsViewer(String key, Set<String> projects) implements Viewer {

        @Override
        public Optional<UserRef> user() {
            return Optional.of(new UserRef(key, key));
        }

        @Override
        public boolean canBrowse(IssueRef issue) {
            return projects.contains(issue.projectKey());
        }

        @Override
        public boolean canEdit(IssueRef issue) {
            return canBrowse(issue);
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            return projects.contains(projectKey);
        }

        @Override
        public boolean isAdmin() {
            return false;
        }
    }
}
