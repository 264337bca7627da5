package io.debrief.core.review;

import io.debrief.core.access.Viewer;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Page;
import io.debrief.core.common.UserRef;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly review of open debrief action items: what is still open (only what the viewer may browse), the totals,
 * and the decisions taken on each item.
 */
public final class MonthlyReviewService {

    private final IssueTracker tracker;
    private final CheckpointLog checkpoints;
    private final ReviewDecisionLog decisions;
    private final Settings settings;
    private final Clock clock;
    /** Nullable: without an index every review reads every open item from the tracker. */
    private final ItemIndex index;

    private final ReviewDecisionPolicy decisionPolicy = new ReviewDecisionPolicy();
    private final ReviewTotalsPolicy totalsPolicy = new ReviewTotalsPolicy();

    public MonthlyReviewService(
            IssueTracker tracker,
            CheckpointLog checkpoints,
            ReviewDecisionLog decisions,
            Settings settings,
            Clock clock) {
        this(tracker, checkpoints, decisions, settings, clock, null);
    }

    /** A review that pages, sorts and totals from the item index and reads only the page's items from the tracker. */
    public MonthlyReviewService(
            IssueTracker tracker,
            CheckpointLog checkpoints,
            ReviewDecisionLog decisions,
            Settings settings,
            Clock clock,
            ItemIndex index) {
        this.index = index;
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of the review. Totals count every open item in the chosen projects and filter (the age threshold only
     * narrows the list) and the items closed since the first of this month. The page says which of its items the
     * viewer may decide on, by the same rule {@link #decide} is guarded by.
     *
     * <p>Outcomes: nobody logged in -> 401; a filter the tracker cannot read -> 400 on "jql"; otherwise the items the
     * viewer may browse (possibly none).
     */
    public ReviewResult query(ReviewQuery query, Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        GlobalSettings global = settings.global();
        Set<String> projects = query.projectKeys().stream()
                .filter(viewer::canBrowseProject)
                .filter(global::enabledFor)
                .collect(Collectors.toSet());
        if (!query.projectKeys().isEmpty() && projects.isEmpty()) {
            return new ReviewResult(
                    new Page<>(List.of(), query.page().start(), 0),
                    List.of(),
                    totalsPolicy.totals(List.of(), List.of(), today(), zone()),
                    Set.of());
        }
        if (projects.isEmpty() && !global.enabledProjectKeys().isEmpty()) {
            projects = global.enabledProjectKeys().stream()
                    .filter(viewer::canBrowseProject)
                    .collect(Collectors.toSet());
        }
        Audience audience = Audience.of(viewer);
        if (index != null && query.filter() == null) {
            Set<String> indexed;
            if (projects.isEmpty()) {
                Set<String> held = index.projects();
                indexed = held.stream()
                        .filter(viewer::canBrowseProject)
                        .filter(global::enabledFor)
                        .collect(Collectors.toSet());
                // every project holding items: no project condition, so the database need not read a list of them
                indexed = indexed.size() == held.size() ? null : indexed;
            } else {
                indexed = projects;
            }
            long secured = index.securedOpen(indexed);
            if (secured == 0) {
                return fromIndex(query, audience, indexed, Set.of());
            }
            if (secured <= SECURED_ASKED) {
                // items under an issue security level: only the tracker knows who may see them, so it is asked about
                // them all in one search as the viewer; those it shows are paged and counted with the rest
                Optional<Set<Long>> visible = visibleSecured(indexed, audience);
                if (visible.isPresent()) {
                    return fromIndex(query, audience, indexed, visible.get());
                }
            }
            // more secured items than one search asks about: read every item, as before the index
        }
        List<TrackedIssue> open = visible(
                tracker.allDebriefItems(
                        readAll(ItemSearch.open(global.label(), projects).withFilter(query.filter())), audience),
                viewer);
        // checkpoint histories and decisions are read for the page shown, not for every open item: totals, filters
        // and sorts need none of them; "most deferred" needs the re-plan counts, which a store counts on its own
        Map<IssueRef, Integer> deferrals =
                query.sort() == ReviewSort.MOST_DEFERRED ? checkpoints.timesReplanned(refs(open)) : Map.of();
        LocalDate today = today();
        List<ReviewItem> items = open.stream()
                .map(issue -> row(issue, today, 0, deferrals.getOrDefault(issue.ref(), 0), null))
                .toList();
        List<TrackedIssue> closed = visible(
                tracker.allDebriefItems(
                        readAll(ItemSearch.resolvedSince(global.label(), projects, monthStart(today))
                                .withFilter(query.filter())),
                        audience),
                viewer);
        ReviewTotals totals = totalsPolicy.totals(items, closed, today, zone());

        List<ReviewItem> shown = items.stream()
                .filter(item -> item.ageDays() >= query.minAgeDays())
                .sorted(query.sort().comparator())
                .toList();
        Page<ReviewItem> cut = Page.of(shown, query.page());
        List<IssueRef> pageRefs = cut.items().stream().map(ReviewItem::item).toList();
        Map<IssueRef, TrackedIssue> read =
                open.stream().collect(Collectors.toMap(TrackedIssue::ref, issue -> issue, (first, second) -> first));
        PageIssues pageIssues =
                index == null ? judgedByViewer(pageRefs, read, viewer) : readAgain(pageRefs, read, audience);
        Page<ReviewItem> page = new Page<>(detailed(pageIssues.items(), today), cut.start(), cut.total());
        return new ReviewResult(page, group(page.items(), query.grouping()), totals, pageIssues.decidable());
    }

    /**
     * The review from the index: the order, the page and the totals in our store, over the projects the viewer may
     * browse (null: every project holding items, all of which they may browse) and over unsecured items plus the secured
     * ones the tracker showed the viewer ({@code visibleSecured}); the tracker reads the page's items once, as the viewer, and an item it does
     * not return (deleted, moved or hidden since it was indexed) is left off the page until the index is put right.
     */
    private ReviewResult fromIndex(
            ReviewQuery query, Audience audience, Set<String> projects, Set<Long> visibleSecured) {
        LocalDate today = today();
        LocalDate createdOnOrBefore = query.minAgeDays() == 0 ? null : today.minusDays(query.minAgeDays());
        ItemIndex.Slice slice = index.open(
                projects,
                createdOnOrBefore,
                query.sort(),
                query.page().start(),
                query.page().limit(),
                visibleSecured);
        List<IndexedItem> rows = slice.items();
        long total = slice.total();
        Map<Long, IssueRef> incidents = new HashMap<>();
        rows.forEach(row -> incidents.put(row.item().id(), row.incident()));
        Map<Long, TrackedIssue> confirmed = new HashMap<>();
        Set<IssueRef> decidable = new java.util.HashSet<>();
        for (IssueTracker.Read read : rows.isEmpty()
                ? List.<IssueTracker.Read>of()
                : tracker.issues(incidents, rows.stream().map(IndexedItem::item).toList(), audience)) {
            if (read.issue().isOpen()) {
                confirmed.put(read.issue().ref().id(), read.issue());
                if (read.editable()) {
                    // the decision rule (ReviewDecisionPolicy: Edit Issues), judged on the issue as the search read it
                    decidable.add(read.issue().ref());
                }
            }
        }
        // the tracker searched as the viewer: what it returned they may browse, each with an incident they may see
        List<TrackedIssue> shown = rows.stream()
                .map(row -> confirmed.get(row.item().id()))
                .filter(Objects::nonNull)
                .toList();
        Page<ReviewItem> page = new Page<>(detailed(shown, today), query.page().start(), total);
        return new ReviewResult(
                page, group(page.items(), query.grouping()), totals(projects, today, visibleSecured), decidable);
    }

    /**
     * A search reading every item: with an index, the tracker reads them without their incidents (in Jira one link
     * lookup per item), which only the page needs and the index holds ({@link #readAgain}).
     */
    private ItemSearch readAll(ItemSearch search) {
        return index == null ? search : search.withoutIncidents();
    }

    /** The page's items, in its order, each with the incident shown, and those the viewer may decide on. */
    private record PageIssues(List<TrackedIssue> items, Set<IssueRef> decidable) {}

    /** Without an index: the items as the tracker read them, each incident and decision judged by the viewer. */
    private PageIssues judgedByViewer(List<IssueRef> page, Map<IssueRef, TrackedIssue> read, Viewer viewer) {
        List<TrackedIssue> items = page.stream()
                .map(read::get)
                .map(issue -> issue.visibleTo(viewer))
                .toList();
        Set<IssueRef> decidable = items.stream()
                .filter(issue -> decisionPolicy.allows(viewer, issue))
                .map(TrackedIssue::ref)
                .collect(Collectors.toSet());
        return new PageIssues(items, decidable);
    }

    /**
     * With an index: the page's items read again in one search as the viewer (Jira: {@code issue in (...)}), with
     * their incidents from the index (an item it does not hold yet is asked of the tracker alone), so the incidents
     * the viewer may see and the items they may edit (the decision rule, {@link ReviewDecisionPolicy}: Edit Issues)
     * come from that search, not from loading each issue; the fields shown stay those the page was sorted on, and an
     * item the search no longer returns is not shown.
     */
    private PageIssues readAgain(List<IssueRef> page, Map<IssueRef, TrackedIssue> read, Audience audience) {
        if (page.isEmpty()) {
            return new PageIssues(List.of(), Set.of());
        }
        Map<Long, IssueRef> incidents = new HashMap<>();
        Set<Long> held = new java.util.HashSet<>();
        for (IndexedItem row : index.rows(page)) {
            held.add(row.item().id());
            if (row.incident() != null) {
                incidents.put(row.item().id(), row.incident());
            }
        }
        for (IssueRef item : page) {
            if (!held.contains(item.id())) {
                tracker.find(item.key())
                        .map(TrackedIssue::incident)
                        .ifPresent(incident -> incidents.put(item.id(), incident));
            }
        }
        Map<Long, IssueTracker.Read> reads = new HashMap<>();
        tracker.issues(incidents, page, audience)
                .forEach(each -> reads.put(each.issue().ref().id(), each));
        // an item this search no longer returns (deleted or hidden since the first read) is left off the page
        List<TrackedIssue> items = page.stream()
                .filter(item -> reads.containsKey(item.id()))
                .map(item ->
                        read.get(item).withIncident(reads.get(item.id()).issue().incident()))
                .toList();
        Set<IssueRef> decidable = reads.values().stream()
                .filter(IssueTracker.Read::editable)
                .map(each -> each.issue().ref())
                .collect(Collectors.toSet());
        return new PageIssues(items, decidable);
    }

    /** How many secured items one review asks the tracker about at most (in one search); more: every item is read. */
    static final int SECURED_ASKED = 500;

    /**
     * The ids of the secured items in these projects, open or closed this month, that the tracker shows the viewer:
     * one search as the viewer over at most {@link #SECURED_ASKED} of them; empty when there are more.
     */
    private Optional<Set<Long>> visibleSecured(Set<String> projects, Audience audience) {
        List<IndexedItem> secured = index.secured(projects, monthStart(today()), SECURED_ASKED + 1);
        if (secured.size() > SECURED_ASKED) {
            return Optional.empty();
        }
        if (secured.isEmpty()) {
            // changed since they were counted: nothing to ask about
            return Optional.of(Set.of());
        }
        return Optional.of(Set.copyOf(
                tracker.visible(secured.stream().map(IndexedItem::item).toList(), audience)));
    }

    private Instant monthStart(LocalDate today) {
        return today.withDayOfMonth(1).atStartOfDay(zone()).toInstant();
    }

    private ReviewTotals totals(Set<String> projects, LocalDate today, Set<Long> visibleSecured) {
        ItemIndex.Counts counts = index.counts(projects, today, monthStart(today), visibleSecured);
        OptionalDouble rate = counts.closed() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) counts.closedInTime() / counts.closed());
        long[] middle = counts.middleCreatedOn().stream()
                .mapToLong(day -> Math.max(ChronoUnit.DAYS.between(day, today), 0))
                .sorted()
                .toArray();
        OptionalDouble median = middle.length == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(Arrays.stream(middle).sum() / (double) middle.length);
        return new ReviewTotals(counts.open(), counts.overdue(), counts.closed(), rate, median);
    }

    /**
     * Takes a review decision on one item and carries it out in the tracker.
     *
     * <p>Outcomes: nobody logged in -> 401; item missing, not browsable or not a debrief item -> 404; not editable
     * -> 403; no decision, bad reason or no version (null) -> 400; item closed or decided since the viewer's page was loaded -> 409; otherwise the new
     * decision record. The decision is appended (claiming its version) before the tracker is changed, so two people
     * deciding at once cannot both act.
     */
    public DecisionRecord decide(String itemKey, Decision decision, long expectedVersion, Viewer viewer) {
        return decide(itemKey, decision, Long.valueOf(expectedVersion), viewer);
    }

    /** As {@link #decide(String, Decision, long, Viewer)}; a null version (left out of a request) is refused (400). */
    public DecisionRecord decide(String itemKey, Decision decision, Long expectedVersion, Viewer viewer) {
        UserRef user = viewer.user().orElseThrow(NotAuthenticatedException::general);
        GlobalSettings global = settings.global();
        TrackedIssue item = mayDecide(itemKey, viewer, global);
        decisionPolicy.check(decision, item, expectedVersion, decisions.currentVersion(item.ref()));
        DecisionRecord record = new DecisionRecord(item.ref(), decision, user, clock.instant(), expectedVersion + 1);
        if (!decisions.append(record)) {
            throw new ConflictException("debrief.error.review.stale", itemKey, expectedVersion);
        }
        try {
            if (decision instanceof Decision.CloseIrrelevant close) {
                tracker.resolve(
                        item.ref(),
                        global.irrelevantResolution(),
                        close.reason().strip());
            } else if (decision instanceof Decision.Prioritise) {
                tracker.setPriority(item.ref(), global.prioritisePriority());
            }
        } catch (RuntimeException refused) {
            // the tracker refused (workflow, field rules, a node in trouble): no decision stays recorded without its
            // act
            decisions.withdraw(record);
            throw refused;
        }
        return record;
    }

    /**
     * The access guards of a decision alone, in their order (401, 404, 403), for a caller that has found a problem
     * in the request itself and must not report it to someone who may not decide at all.
     */
    public void mayDecide(String itemKey, Viewer viewer) {
        viewer.user().orElseThrow(NotAuthenticatedException::general);
        mayDecide(itemKey, viewer, settings.global());
    }

    private TrackedIssue mayDecide(String itemKey, Viewer viewer, GlobalSettings global) {
        TrackedIssue item = visibleItem(itemKey, viewer, global);
        if (!decisionPolicy.allows(viewer, item)) {
            throw new ForbiddenException("debrief.error.review.forbidden", itemKey);
        }
        return item;
    }

    /**
     * The review decisions taken on one item, oldest first.
     *
     * <p>Outcomes: nobody logged in -> 401; item missing, not browsable or not a debrief item -> 404.
     */
    public List<DecisionRecord> history(String itemKey, Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        return decisions.history(visibleItem(itemKey, viewer, settings.global()).ref());
    }

    /** The debrief item the viewer may see, or 404 alike for missing, hidden and unlabelled issues. */
    private TrackedIssue visibleItem(String itemKey, Viewer viewer, GlobalSettings global) {
        return tracker.find(itemKey)
                .filter(found -> viewer.canBrowse(found.ref()))
                .filter(found -> found.hasLabel(global.label()))
                .orElseThrow(() -> new NotFoundException("debrief.error.review.item.not.found", itemKey));
    }

    /** Review rows in the given order with checkpoints passed, times deferred and the last decision. */
    private List<ReviewItem> detailed(List<TrackedIssue> issues, LocalDate today) {
        List<IssueRef> refs = refs(issues);
        Map<IssueRef, DecisionRecord> latest = decisions.latest(refs);
        Map<IssueRef, Integer> deferrals = checkpoints.timesReplanned(refs);
        Map<IssueRef, List<Checkpoint>> histories = checkpoints.histories(issues.stream()
                .map(TrackedIssue::incident)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<ReviewItem> items = new ArrayList<>(issues.size());
        for (TrackedIssue issue : issues) {
            List<Checkpoint> history =
                    issue.incident() == null ? List.of() : histories.getOrDefault(issue.incident(), List.of());
            int passed = (int) history.stream()
                    .filter(Checkpoint::tookPlace)
                    .filter(checkpoint -> checkpoint.dueAt().isAfter(issue.created()))
                    .count();
            items.add(row(issue, today, passed, deferrals.getOrDefault(issue.ref(), 0), latest.get(issue.ref())));
        }
        return items;
    }

    private ReviewItem row(
            TrackedIssue issue,
            LocalDate today,
            int checkpointsPassed,
            int timesDeferred,
            DecisionRecord lastDecision) {
        long age = ChronoUnit.DAYS.between(LocalDate.ofInstant(issue.created(), zone()), today);
        return new ReviewItem(
                issue.ref(),
                issue.summary(),
                issue.incident(),
                Math.max(age, 0),
                issue.due(),
                checkpointsPassed,
                timesDeferred,
                lastDecision,
                issue.components(),
                issue.category(),
                issue.priority());
    }

    private static List<IssueRef> refs(List<TrackedIssue> issues) {
        return issues.stream().map(TrackedIssue::ref).toList();
    }

    private static List<ReviewGroup> group(List<ReviewItem> items, ReviewGrouping grouping) {
        Map<String, List<ReviewItem>> groups = new LinkedHashMap<>();
        for (ReviewItem item : items) {
            for (String key : grouping.keysOf(item)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        return groups.entrySet().stream()
                .map(entry -> new ReviewGroup(entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * The items a search as the viewer found (the tracker shows a person only what they may browse, so none is asked
     * about again, which in Jira would load each one), each without the incident they may not see (no key, group or
     * checkpoints).
     */
    private static List<TrackedIssue> visible(List<TrackedIssue> issues, Viewer viewer) {
        return issues.stream().map(issue -> issue.visibleTo(viewer)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
