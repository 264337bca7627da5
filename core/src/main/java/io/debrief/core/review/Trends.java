package io.debrief.core.review;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.Page;
import io.debrief.core.common.Validation;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.DueWindow;
import io.debrief.core.debrief.LibraryFilter;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The learning trends per calendar month: median time to detect and to resolve against the targets, debriefs held
 * within 72 hours of the resolution (out of every incident resolved in the month whose window has closed, held or
 * not), and how many of their action items were closed.
 *
 * <p>An incident counts in the month (UTC, so every server zone buckets alike) of its resolution, once its debrief has
 * been held or published. Only incidents the viewer may browse count. One report reads at most
 * {@link #MAX_DEBRIEFS} held and as many published debriefs, page by page.
 */
public final class Trends {

    public static final int MAX_MONTHS = 24;
    public static final int MAX_DEBRIEFS = 2000;
    static final int PAGE_SIZE = 200;

    private final DebriefStore debriefs;
    private final Incidents incidents;
    private final TimelineStore timelines;
    private final IssueTracker tracker;
    private final Settings settings;
    private final Clock clock;
    /** Nullable: without an index, each debrief's items are searched in the tracker. */
    private final ItemIndex index;

    public Trends(
            DebriefStore debriefs,
            Incidents incidents,
            TimelineStore timelines,
            IssueTracker tracker,
            Settings settings,
            Clock clock) {
        this(debriefs, incidents, timelines, tracker, settings, clock, null);
    }

    /** Trends that count each debrief's items in the item index: no tracker search. */
    public Trends(
            DebriefStore debriefs,
            Incidents incidents,
            TimelineStore timelines,
            IssueTracker tracker,
            Settings settings,
            Clock clock,
            ItemIndex index) {
        this.index = index;
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The last {@code months} calendar months, this one included.
     *
     * <p>Outcomes: nobody logged in -> 401; months outside 1..24 -> 400 (field "months"); otherwise the report
     * (months without debriefs included, empty).
     *
     * @param projectKeys empty: every project the viewer may browse
     */
    public TrendReport monthly(int months, Set<String> projectKeys, Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        Validation v = new Validation();
        v.check(months >= 1 && months <= MAX_MONTHS, "months", "debrief.error.trends.months", 1, MAX_MONTHS);
        v.throwIfInvalid();
        Set<String> projects =
                projectKeys.stream().filter(viewer::canBrowseProject).collect(Collectors.toSet());
        YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(months - 1L);
        Instant from = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<YearMonth, MonthTally> tallies = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            tallies.put(month, new MonthTally());
        }
        boolean truncated = false;
        if (projectKeys.isEmpty() || !projects.isEmpty()) {
            // a store may list a published debrief among the held ones too: count each incident once
            Set<Long> seen = new HashSet<>();
            Consumer<Debrief> count = debrief -> {
                if (seen.add(debrief.incidentId())) {
                    tally(debrief, projects, viewer, tallies);
                }
            };
            boolean heldLeft = readHeld(count);
            boolean publishedLeft = readPublished(new LibraryFilter("", projects, null, from, null), count);
            boolean resolvedLeft = countNeverHeld(from, seen, projects, viewer, tallies);
            truncated = heldLeft || publishedLeft || resolvedLeft;
        }
        List<TrendMonth> report = new ArrayList<>();
        tallies.forEach((month, tally) -> report.add(tally.toMonth(month)));
        Targets shown = projects.size() == 1
                ? settings.forProject(projects.iterator().next()).targets()
                : Targets.DEFAULT;
        return new TrendReport(report, shown, truncated);
    }

    /**
     * The due-window rule over every incident resolved in the report's months, not only the debriefs someone held:
     * one never held counts as not held on time once its window has closed, and not at all while it is still open.
     *
     * @return whether more resolved incidents were left than one report reads
     */
    private boolean countNeverHeld(
            Instant from, Set<Long> held, Set<String> projects, Viewer viewer, Map<YearMonth, MonthTally> tallies) {
        Instant now = clock.instant();
        List<Incident> resolved = incidents.resolvedBetween(from, now, MAX_DEBRIEFS + 1);
        for (Incident incident : resolved.subList(0, Math.min(resolved.size(), MAX_DEBRIEFS))) {
            if (held.contains(incident.id())
                    || !viewer.canBrowse(incident.ref())
                    || (!projects.isEmpty() && !projects.contains(incident.projectKey()))
                    || debriefs.find(incident.id())
                            .map(debrief -> debrief.heldAt() != null)
                            .orElse(false)) {
                continue;
            }
            MonthTally tally = tallies.get(YearMonth.from(incident.resolvedAt().atZone(ZoneOffset.UTC)));
            if (tally != null && now.isAfter(DueWindow.closes(incident.resolvedAt()))) {
                tally.neverHeld();
            }
        }
        return resolved.size() > MAX_DEBRIEFS;
    }

    private boolean readHeld(Consumer<Debrief> count) {
        return Page.readAll(debriefs::held, PAGE_SIZE, MAX_DEBRIEFS, count);
    }

    private boolean readPublished(LibraryFilter filter, Consumer<Debrief> count) {
        return Page.readAll(page -> debriefs.published(filter, page), PAGE_SIZE, MAX_DEBRIEFS, count);
    }

    private void tally(Debrief debrief, Set<String> projects, Viewer viewer, Map<YearMonth, MonthTally> tallies) {
        Incident incident = incidents.byId(debrief.incidentId()).orElse(null);
        if (incident == null
                || debrief.heldAt() == null
                || !viewer.canBrowse(incident.ref())
                || (!projects.isEmpty() && !projects.contains(incident.projectKey()))) {
            return;
        }
        IncidentFacts facts =
                Timeline.of(timelines.entries(incident.id(), false)).facts(incident);
        MonthTally tally = facts.resolved()
                .map(resolved -> tallies.get(YearMonth.from(resolved.atZone(ZoneOffset.UTC))))
                .orElse(null);
        if (tally == null) {
            return;
        }
        Targets targets = settings.forProject(incident.projectKey()).targets();
        tally.add(
                facts,
                targets,
                !debrief.heldAt().isAfter(DueWindow.closes(facts.resolvedAt())),
                itemStates(incident, viewer));
    }

    /**
     * Whether each of the incident's items the viewer may see is open. From the index when there is one: an unsecured
     * item is visible to whoever may browse its project; an incident with a secured item is searched in the tracker,
     * which alone knows who may see that one.
     */
    private List<Boolean> itemStates(Incident incident, Viewer viewer) {
        if (index != null) {
            List<IndexedItem> rows = index.ofIncidents(List.of(incident.id()));
            if (rows.stream().noneMatch(IndexedItem::secured)) {
                return rows.stream()
                        .filter(row -> viewer.canBrowseProject(row.item().projectKey()))
                        .map(IndexedItem::open)
                        .toList();
            }
        }
        return tracker
                .allDebriefItems(
                        ItemSearch.allOfIncident(settings.global().label(), incident.ref()), Audience.of(viewer))
                .stream()
                .map(TrackedIssue::isOpen)
                .toList();
    }

    /** What one month has counted so far. */
    private static final class MonthTally {
        private final List<Long> detectSeconds = new ArrayList<>();
        private final List<Long> resolveSeconds = new ArrayList<>();
        private int debriefs;
        private TrendMonth.Ratio detectWithin = TrendMonth.Ratio.NONE;
        private TrendMonth.Ratio resolveWithin = TrendMonth.Ratio.NONE;
        private TrendMonth.Ratio heldOnTime = TrendMonth.Ratio.NONE;
        private TrendMonth.Ratio itemsClosed = TrendMonth.Ratio.NONE;

        void add(IncidentFacts facts, Targets targets, boolean onTime, List<Boolean> itemsOpen) {
            debriefs++;
            Phase.DETECT.duration(facts).ifPresent(ttd -> {
                detectSeconds.add(ttd.toSeconds());
                detectWithin = detectWithin.plus(targets.met(Phase.DETECT, ttd).orElseThrow());
            });
            Phase.RESOLVE.duration(facts).ifPresent(ttr -> {
                resolveSeconds.add(ttr.toSeconds());
                resolveWithin =
                        resolveWithin.plus(targets.met(Phase.RESOLVE, ttr).orElseThrow());
            });
            heldOnTime = heldOnTime.plus(onTime);
            int closed = (int) itemsOpen.stream().filter(open -> !open).count();
            itemsClosed = itemsClosed.plus(closed, itemsOpen.size());
        }

        /** An incident of the month whose debrief window closed without a debrief being held. */
        void neverHeld() {
            heldOnTime = heldOnTime.plus(false);
        }

        TrendMonth toMonth(YearMonth month) {
            return new TrendMonth(
                    month,
                    debriefs,
                    median(detectSeconds),
                    median(resolveSeconds),
                    detectWithin,
                    resolveWithin,
                    heldOnTime,
                    itemsClosed);
        }

        private static OptionalDouble median(List<Long> values) {
            return ReviewTotalsPolicy.median(
                    values.stream().mapToLong(Long::longValue).sorted().toArray());
        }
    }
}
