package io.debrief.core.insights;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.debrief.DebriefPhase;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DueWindow;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.Targets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learning insights: per month and per group, the incidents, the share meeting their targets, the median and
 * 90th percentile of each phase, debriefs held on time, late or missing, action items, open items' ages and repeats.
 *
 * <p>Months are calendar months in UTC (as the trends: every server zone buckets alike). An incident counts in the
 * month it began (its start, or its creation when the start is unknown); an action item in the month it was created,
 * under its incident's groups. One report reads the incident index once, narrowed to the projects the viewer may
 * browse; an incident or item under an issue security level is counted only when the tracker says this viewer may
 * see it (one permission check for each such row: none on a site without security levels), so nothing hidden is ever
 * counted, named or linked.
 */
public final class Insights {

    private final IncidentIndex index;
    private final InsightsSettings insightsSettings;
    private final Settings settings;
    private final Clock clock;

    public Insights(IncidentIndex index, InsightsSettings insightsSettings, Settings settings, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.insightsSettings = Objects.requireNonNull(insightsSettings, "insightsSettings");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Outcomes: nobody logged in -> 401; otherwise the report (a project the viewer may not browse reads as one
     * without incidents, so a report never tells whether a hidden project exists).
     */
    public InsightsReport report(InsightsQuery query, Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        GlobalSettings global = settings.global();
        TeamRule team = insightsSettings.team();
        YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(query.months() - 1L);
        Instant from = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<String, Boolean> projectShown = new HashMap<>();
        java.util.function.Predicate<String> browsable = key -> projectShown.computeIfAbsent(
                key,
                k -> (query.project() == null || query.project().equals(k))
                        && global.enabledFor(k)
                        && viewer.canBrowseProject(k));
        List<IndexedIncident> rows;
        if (query.project() != null) {
            rows = browsable.test(query.project()) ? index.relevantSince(Set.of(query.project()), from) : List.of();
        } else {
            rows = index.relevantSince(null, from);
        }
        List<IndexedIncident> visible = new ArrayList<>();
        for (IndexedIncident row : rows) {
            if (browsable.test(row.ref().projectKey()) && (!row.secured() || viewer.canBrowse(row.ref()))) {
                List<IncidentItem> items = null;
                for (int i = 0; i < row.items().size(); i++) {
                    IncidentItem item = row.items().get(i);
                    boolean shown = (item.ref().projectKey().equals(row.ref().projectKey())
                                    || browsable.test(item.ref().projectKey()))
                            && (!item.secured() || viewer.canBrowse(item.ref()));
                    if (!shown && items == null) {
                        items = new ArrayList<>(row.items().subList(0, i));
                    } else if (shown && items != null) {
                        items.add(item);
                    }
                }
                visible.add(items == null ? row : withItems(row, items));
            }
        }
        return new Report(query, team, first, last, from).count(visible);
    }

    private static IndexedIncident withItems(IndexedIncident row, List<IncidentItem> items) {
        return new IndexedIncident(
                row.ref(),
                row.components(),
                row.labels(),
                row.created(),
                row.facts(),
                row.debrief(),
                row.heldAt(),
                row.secured(),
                items);
    }

    /** One report being counted. */
    private final class Report {
        private final InsightsQuery query;
        private final TeamRule team;
        private final YearMonth first;
        private final YearMonth last;
        private final Instant from;
        private final Instant now = clock.instant();
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, Targets> targets = new HashMap<>();
        private final Map<YearMonth, Tally> months = new LinkedHashMap<>();
        private final Map<String, Tally> groups = new TreeMap<>();
        private final Map<String, int[]> groupAges = new TreeMap<>();
        private final Tally total = new Tally();
        private final int[] ages = new int[InsightsReport.AGE_BUCKETS.size()];
        private final Set<String> repeated = new java.util.HashSet<>();

        Report(InsightsQuery query, TeamRule team, YearMonth first, YearMonth last, Instant from) {
            this.query = query;
            this.team = team;
            this.first = first;
            this.last = last;
            this.from = from;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                months.put(month, new Tally());
            }
        }

        InsightsReport count(List<IndexedIncident> incidents) {
            List<InsightsReport.Repeat> repeats = repeats(incidents);
            LocalDate firstDay = first.atDay(1);
            for (IndexedIncident incident : incidents) {
                Set<String> keys = groupsOf(incident);
                List<Tally> groupTallies = new ArrayList<>(keys.size());
                keys.forEach(key -> groupTallies.add(group(key)));
                Tally month = months.get(YearMonth.from(incident.began().atZone(ZoneOffset.UTC)));
                if (month != null) {
                    boolean repeat = repeated.contains(incident.ref().key());
                    Targets targets = targetsOf(incident);
                    month.incident(incident, targets, now, repeat);
                    total.incident(incident, targets, now, repeat);
                    for (Tally group : groupTallies) {
                        group.incident(incident, targets, now, repeat);
                    }
                }
                for (IncidentItem item : incident.items()) {
                    if (!item.createdOn().isBefore(firstDay)) {
                        Tally created = months.get(YearMonth.from(item.createdOn()));
                        if (created != null) {
                            created.item(item, today);
                            total.item(item, today);
                            for (Tally group : groupTallies) {
                                group.item(item, today);
                            }
                        }
                    }
                    if (item.open()) {
                        int bucket = bucketOf(Math.max(ChronoUnit.DAYS.between(item.createdOn(), today), 0));
                        ages[bucket]++;
                        for (String key : keys) {
                            groupAges.computeIfAbsent(key, k -> new int[InsightsReport.AGE_BUCKETS.size()])[bucket]++;
                        }
                    }
                }
            }
            List<InsightsReport.Month> monthly = new ArrayList<>();
            months.forEach((month, tally) -> monthly.add(new InsightsReport.Month(month, tally.figures())));
            List<InsightsReport.Group> grouped = new ArrayList<>();
            groups.forEach((key, tally) -> {
                // a group whose incidents began earlier and whose items were all done before the range shows nothing
                if (tally.incidents > 0 || tally.itemsCreated > 0 || groupAges.containsKey(key)) {
                    grouped.add(new InsightsReport.Group(
                            key, tally.figures(), list(groupAges.getOrDefault(key, new int[ages.length]))));
                }
            });
            Targets shown = query.project() != null
                    ? settings.forProject(query.project()).targets()
                    : Targets.DEFAULT;
            return new InsightsReport(
                    query.groupBy(), team, monthly, grouped, total.figures(), list(ages), repeats, shown);
        }

        private Tally group(String key) {
            return groups.computeIfAbsent(key, k -> new Tally());
        }

        private Targets targetsOf(IndexedIncident incident) {
            return targets.computeIfAbsent(
                    incident.ref().projectKey(), key -> settings.forProject(key).targets());
        }

        private Set<String> groupsOf(IndexedIncident incident) {
            String project = incident.ref().projectKey();
            Set<String> keys = new TreeSet<>();
            switch (query.groupBy()) {
                case PROJECT -> keys.add(project);
                case COMPONENT -> incident.components().forEach(name -> keys.add(componentKey(project, name)));
                case TEAM -> keys.addAll(team.teamsOf(incident.components(), incident.labels()));
            }
            if (keys.isEmpty()) {
                keys.add("");
            }
            return keys;
        }

        /**
         * The pairs (earlier, later) on one component where the later incident began in the report's months while
         * an item of the earlier one was open: created on or before the day (site zone) the later one began and not
         * resolved by that moment. Components are per project, so both are in one project. Each later incident is
         * linked to its {@link InsightsReport#MAX_EARLIER_PER_REPEAT} nearest earlier ones (the search stops there),
         * and the list keeps the {@link InsightsReport#MAX_PAIRS} most recent: on a neglected component every
         * incident would otherwise pair with every earlier one.
         */
        private List<InsightsReport.Repeat> repeats(List<IndexedIncident> incidents) {
            Map<String, List<Began>> byComponent = new TreeMap<>();
            for (IndexedIncident incident : incidents) {
                if (incident.components().isEmpty()) {
                    continue;
                }
                Instant until = incident.itemsOpenUntil();
                Began began = new Began(
                        incident, incident.began().toEpochMilli(), until == null ? Long.MIN_VALUE : millis(until));
                for (String name : incident.components()) {
                    byComponent
                            .computeIfAbsent(componentKey(incident.ref().projectKey(), name), k -> new ArrayList<>())
                            .add(began);
                }
            }
            Comparator<Began> byStart = Comparator.comparingLong(Began::at)
                    .thenComparingLong(each -> each.incident().ref().id());
            long fromMillis = from.toEpochMilli();
            List<TimedRepeat> timed = new ArrayList<>();
            byComponent.forEach((component, list) -> {
                list.sort(byStart);
                // earlier incidents that may still have an open item; one whose items were all resolved before a
                // later start can match no later incident either, so it is dropped from the list for good
                List<Began> candidates = new ArrayList<>();
                for (Began later : list) {
                    long at = later.at();
                    if (at >= fromMillis) {
                        Instant began = later.incident().began();
                        LocalDate day = LocalDate.ofInstant(began, clock.getZone());
                        int linked = 0;
                        // the nearest earlier incidents first: the pairs a reader follows are those
                        for (int i = candidates.size() - 1; i >= 0; i--) {
                            Began earlier = candidates.get(i);
                            if (earlier.at() < at
                                    && earlier.openUntil() > at
                                    && openAt(earlier.incident(), began, day)) {
                                timed.add(new TimedRepeat(
                                        at,
                                        later.incident().ref().id() * 64 + timed.size() % 64,
                                        new InsightsReport.Repeat(
                                                earlier.incident().ref().key(),
                                                later.incident().ref().key(),
                                                component,
                                                YearMonth.from(began.atZone(ZoneOffset.UTC)))));
                                repeated.add(later.incident().ref().key());
                                if (++linked == InsightsReport.MAX_EARLIER_PER_REPEAT) {
                                    break;
                                }
                            }
                        }
                    }
                    candidates.removeIf(earlier -> earlier.openUntil() <= at);
                    candidates.add(later);
                }
            });
            // the most recent pairs by when the later one began (longs only: there may be thousands), then shown in
            // month, later, earlier order
            timed.sort(Comparator.comparingLong(TimedRepeat::at).thenComparingLong(TimedRepeat::tieBreak));
            List<InsightsReport.Repeat> shown = new ArrayList<>();
            for (int i = Math.max(0, timed.size() - InsightsReport.MAX_PAIRS); i < timed.size(); i++) {
                shown.add(timed.get(i).repeat());
            }
            shown.sort(Comparator.comparing(InsightsReport.Repeat::month)
                    .thenComparing(InsightsReport.Repeat::later)
                    .thenComparing(InsightsReport.Repeat::earlier)
                    .thenComparing(InsightsReport.Repeat::component));
            return shown;
        }
    }

    /** A pair with when its later incident began, and a tie-break keeping one later incident's pairs together. */
    private record TimedRepeat(long at, long tieBreak, InsightsReport.Repeat repeat) {}

    /** An incident with when it began and until when an item of it was open (epoch ms; MAX while one is). */
    private record Began(IndexedIncident incident, long at, long openUntil) {}

    private static long millis(Instant instant) {
        return instant.equals(Instant.MAX) ? Long.MAX_VALUE : instant.toEpochMilli();
    }

    private static boolean openAt(IndexedIncident incident, Instant instant, LocalDate day) {
        for (IncidentItem item : incident.items()) {
            if (item.openAt(instant, day)) {
                return true;
            }
        }
        return false;
    }

    static String componentKey(String project, String component) {
        return project + "/" + component;
    }

    static int bucketOf(long ageDays) {
        List<Integer> bounds = InsightsReport.AGE_BUCKETS;
        for (int i = bounds.size() - 1; i > 0; i--) {
            if (ageDays >= bounds.get(i)) {
                return i;
            }
        }
        return 0;
    }

    private static List<Integer> list(int[] counts) {
        List<Integer> list = new ArrayList<>(counts.length);
        for (int count : counts) {
            list.add(count);
        }
        return list;
    }

    /** What one month, group or the total has counted so far. */
    private static final class Tally {
        private int incidents;
        private Share detect = Share.NONE;
        private Share resolve = Share.NONE;
        private final List<List<Long>> durations = new ArrayList<>();
        private final int[] unknown = new int[Phase.values().length];
        private int onTime;
        private int late;
        private int missing;
        private int notDue;
        private int itemsCreated;
        private int doneByDue;
        private int overdue;
        private int dropped;
        private int repeats;

        Tally() {
            for (int i = 0; i < Phase.values().length; i++) {
                durations.add(new ArrayList<>());
            }
        }

        void incident(IndexedIncident incident, Targets targets, Instant now, boolean repeat) {
            incidents++;
            repeats += repeat ? 1 : 0;
            incident.facts().timeToDetect().ifPresent(ttd -> detect = detect.plus(Targets.met(ttd, targets.detect())));
            incident.facts()
                    .timeToResolve()
                    .ifPresent(ttr -> resolve = resolve.plus(Targets.met(ttr, targets.resolve())));
            for (int i = 0; i < Phase.values().length; i++) {
                Optional<Duration> duration = Phase.values()[i].duration(incident.facts());
                if (duration.isPresent()) {
                    durations.get(i).add(duration.get().toSeconds());
                } else {
                    unknown[i]++;
                }
            }
            Instant resolved = incident.facts().resolvedAt();
            if (resolved == null) {
                return;
            }
            if (incident.heldAt() != null) {
                if (incident.heldAt().isAfter(DueWindow.closes(resolved))) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (DueWindow.phaseOf(incident.debrief(), resolved, now) == DebriefPhase.OVERDUE) {
                missing++;
            } else if (incident.debrief() == DebriefStatus.AWAITING) {
                notDue++;
            }
            // held or published with no time of holding recorded: held, but neither on time nor late is known
        }

        void item(IncidentItem item, LocalDate today) {
            itemsCreated++;
            doneByDue += item.doneByDue() ? 1 : 0;
            overdue += item.overdueOn(today) ? 1 : 0;
            dropped += item.dropped() ? 1 : 0;
        }

        Figures figures() {
            List<PhaseFigures> phases = new ArrayList<>();
            for (int i = 0; i < Phase.values().length; i++) {
                long[] sorted = durations.get(i).stream()
                        .mapToLong(Long::longValue)
                        .sorted()
                        .toArray();
                phases.add(PhaseFigures.of(Phase.values()[i].wireName(), sorted, unknown[i]));
            }
            return new Figures(
                    incidents,
                    detect,
                    resolve,
                    phases,
                    new Figures.Debriefs(onTime, late, missing, notDue),
                    new Figures.Items(itemsCreated, doneByDue, overdue, dropped),
                    repeats);
        }
    }
}
