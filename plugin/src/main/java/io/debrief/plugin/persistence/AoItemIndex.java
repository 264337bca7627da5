package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.IssueRef;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewSort;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The item index in Active Objects: the review's order, page and totals are SQL over indexed columns, so a review
 * costs the same at 100,000 items as at 10,000 save the database's own index walk.
 */
@Component
public class AoItemIndex implements ItemIndex {

    /** The PROJECT_KEY of the totals row adding every project up (a Jira project key never holds a '*'). */
    static final String EVERY_PROJECT = "*";

    /** DUE_SORT of an item without a due day: after every real day. */
    static final long NO_DUE = Long.MAX_VALUE;

    private static final String OPEN_UNSECURED = "ITEM_OPEN = ? AND SECURED = ?";

    /** How long this node trusts its list of projects holding items before reading it again. */
    static final long PROJECTS_FRESH_NANOS = 60_000_000_000L;

    private final ActiveObjects ao;
    /** Null until read; a project written on this node is added at once, other nodes' within a minute. */
    private volatile Set<String> knownProjects;

    private volatile long projectsReadAt;

    @Inject
    public AoItemIndex(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void put(IndexedItem item) {
        Set<String> known = knownProjects;
        if (known != null && !known.contains(item.item().projectKey())) {
            Set<String> more = new HashSet<>(known);
            more.add(item.item().projectKey());
            knownProjects = Set.copyOf(more);
        }
        ItemIndexEntity[] found =
                ao.find(ItemIndexEntity.class, "ITEM_ID = ?", item.item().id());
        if (found.length == 0) {
            try {
                ao.create(
                        ItemIndexEntity.class,
                        values(item, ItemDeferrals.count(ao, List.of(item.item().id()))));
                totalsChanged(Set.of(item.item().projectKey()));
                return;
            } catch (RuntimeException raced) {
                // another node indexed the same issue first (ITEM_ID is unique): update that row instead
                found = ao.find(
                        ItemIndexEntity.class, "ITEM_ID = ?", item.item().id());
                if (found.length == 0) {
                    throw raced;
                }
            }
        }
        ItemIndexEntity row = found[0];
        String formerProject = row.getProjectKey();
        List<Object> countedBefore = counted(row);
        row.setItemKey(item.item().key());
        row.setProjectKey(item.item().projectKey());
        row.setIncidentId(item.incident() == null ? null : item.incident().id());
        row.setIncidentKey(item.incident() == null ? null : item.incident().key());
        row.setIncidentProjectKey(
                item.incident() == null ? null : item.incident().projectKey());
        row.setItemOpen(item.open());
        row.setCreatedDay(item.createdOn().toEpochDay());
        row.setDueDay(item.due() == null ? null : item.due().toEpochDay());
        row.setDueSort(item.due() == null ? NO_DUE : item.due().toEpochDay());
        row.setResolvedAt(Rows.millis(item.resolved()));
        row.setResolvedInTime(item.resolvedInTime());
        row.setSecured(item.secured());
        row.setDeferredSort(-ItemDeferrals.count(ao, List.of(item.item().id()))
                .getOrDefault(item.item().id(), 0));
        row.save();
        if (!counted(row).equals(countedBefore)) {
            // a rewrite that changes nothing the totals count (the reconcile's, most events) leaves them current
            totalsChanged(new HashSet<>(Arrays.asList(formerProject, item.item().projectKey())));
        }
    }

    /** What of a row the kept totals count: its project, whether it is open or secured, its days and deferrals. */
    private static List<Object> counted(ItemIndexEntity row) {
        return Arrays.asList(
                row.getProjectKey(),
                row.isItemOpen(),
                row.isSecured(),
                row.getCreatedDay(),
                row.getDueSort(),
                row.getResolvedAt(),
                row.isResolvedInTime(),
                row.getDeferredSort());
    }

    /** Inserts rows for items the index does not hold yet, without looking for them first (seeding, a first fill). */
    public void insertNew(List<IndexedItem> items) {
        knownProjects = null;
        Map<Long, Integer> deferrals = ItemDeferrals.count(
                ao, items.stream().map(item -> item.item().id()).toList());
        for (IndexedItem item : items) {
            ao.create(ItemIndexEntity.class, values(item, deferrals));
        }
        totalsChanged(items.stream().map(item -> item.item().projectKey()).collect(Collectors.toSet()));
    }

    @Override
    public void remove(long itemId) {
        ItemIndexEntity[] kept =
                ao.find(ItemIndexEntity.class, Query.select("ID, PROJECT_KEY").where("ITEM_ID = ?", itemId));
        if (kept.length > 0) {
            ao.deleteWithSQL(ItemIndexEntity.class, "ITEM_ID = ?", itemId);
            totalsChanged(Set.of(kept[0].getProjectKey()));
        }
    }

    @Override
    public Set<Long> itemIds() {
        Set<Long> ids = new HashSet<>();
        for (ItemIndexEntity row : ao.find(ItemIndexEntity.class, Query.select("ID, ITEM_ID"))) {
            ids.add(row.getItemId());
        }
        return ids;
    }

    /**
     * The projects holding items, read from the whole table at most once a minute per node (a review asks on every
     * call; at 100,000 rows the read costs more than the rest of the review). A project listed but no longer
     * holding items costs nothing: every query is narrowed to it and finds no row.
     */
    @Override
    public Set<String> projects() {
        Set<String> known = knownProjects;
        if (known == null || System.nanoTime() - projectsReadAt > PROJECTS_FRESH_NANOS) {
            known = Arrays.stream(ao.find(ItemIndexEntity.class, Query.select("ID, PROJECT_KEY")))
                    .map(ItemIndexEntity::getProjectKey)
                    .collect(Collectors.toUnmodifiableSet());
            projectsReadAt = System.nanoTime();
            knownProjects = known;
        }
        return known;
    }

    @Override
    public long securedOpen(Set<String> projects) {
        if (projects != null && projects.isEmpty()) {
            return 0;
        }
        Where where = Where.of("ITEM_OPEN = ? AND SECURED = ?", true, true).inProjects(projects);
        return ao.count(ItemIndexEntity.class, Query.select().where(where.sql(), where.params()));
    }

    @Override
    public Slice open(
            Set<String> projects,
            LocalDate createdOnOrBefore,
            ReviewSort sort,
            int start,
            int limit,
            Set<Long> visibleSecured) {
        if (projects != null && projects.isEmpty()) {
            return new Slice(List.of(), 0);
        }
        if (!visibleSecured.isEmpty()) {
            return withSecured(projects, createdOnOrBefore, sort, start, limit, visibleSecured);
        }
        Where where = openUnsecured(projects, createdOnOrBefore);
        List<Totals> kept = totals(projects, null);
        DayCounts.Sum created =
                DayCounts.Sum.of(kept.stream().map(Totals::created).toList());
        long total = openTotal(created, createdOnOrBefore);
        if (start >= total) {
            return new Slice(List.of(), total);
        }
        // a later page starts at the day its first row is on, from the kept counts: the database walks from there
        // instead of an OFFSET from the first row (the first page needs no seek); orders whose rows run by project
        // (by key; most deferred, within one count) read only the projects the page spans
        long skip = start;
        if (sort == ReviewSort.MOST_DEFERRED && createdOnOrBefore == null) {
            Optional<List<IndexedItem>> spanned = mostDeferred(where, projects, kept, start, limit);
            if (spanned.isPresent()) {
                return new Slice(spanned.get(), total);
            }
        } else if (sort == ReviewSort.BY_KEY && createdOnOrBefore == null) {
            Optional<Span> span = span(projects, start, limit, Kept::openCount);
            if (span.isPresent()) {
                return new Slice(
                        page(
                                where.inProjects(span.get().projects()),
                                sort,
                                span.get().skip(),
                                limit),
                        total);
            }
        }
        if (start > 0) {
            if (sort == ReviewSort.OLDEST_FIRST) {
                long day = created.dayAt(start).orElseThrow();
                where = where.and("CREATED_DAY >= ?", day);
                skip = start - created.onOrBefore(day - 1);
            } else if (sort == ReviewSort.NEWEST_FIRST) {
                long day = created.dayAt(total - 1 - start).orElseThrow();
                where = where.and("CREATED_DAY <= ?", day);
                skip = start - (total - created.onOrBefore(day));
            } else if (sort == ReviewSort.DUE_FIRST && createdOnOrBefore == null) {
                DayCounts.Sum due =
                        DayCounts.Sum.of(kept.stream().map(Totals::due).toList());
                long dated = due.total();
                long day = start < dated ? due.dayAt(start).orElseThrow() : NO_DUE;
                where = where.and("DUE_SORT >= ?", day);
                skip = start - (start < dated ? due.onOrBefore(day - 1) : dated);
            } else if (sort == ReviewSort.MOST_DEFERRED && createdOnOrBefore == null) {
                DayCounts.Sum deferred =
                        DayCounts.Sum.of(kept.stream().map(Totals::deferred).toList());
                long sortValue = deferred.dayAt(start).orElseThrow();
                where = where.and("DEFERRED_SORT >= ?", sortValue);
                skip = start - deferred.onOrBefore(sortValue - 1);
            }
        }
        return new Slice(page(where, sort, skip, limit), total);
    }

    /** How many open unsecured rows the kept creation days count, created on or before the day (null: any). */
    private static long openTotal(DayCounts.Sum created, LocalDate createdOnOrBefore) {
        return createdOnOrBefore == null ? created.total() : created.onOrBefore(createdOnOrBefore.toEpochDay());
    }

    /**
     * A page with the viewer's visible secured items in it (at most a few hundred, all read with their sort keys),
     * merged into the unsecured rows, which are read as without them (seeks, no OFFSET walk): a secured row's place is
     * its rank among the secured ones plus the unsecured rows before it, counted from a slice of unsecured rows that
     * starts at most that many rows before the page. The total is the kept unsecured count plus the qualifying secured.
     */
    private Slice withSecured(
            Set<String> projects,
            LocalDate createdOnOrBefore,
            ReviewSort sort,
            int start,
            int limit,
            Set<Long> visibleSecured) {
        Comparator<ItemIndexEntity> order = order(sort, projectRank(projects));
        List<ItemIndexEntity> secured = entitiesOf(visibleSecured).stream()
                .filter(row -> row.isItemOpen() && row.isSecured())
                .filter(row -> projects == null || projects.contains(row.getProjectKey()))
                .filter(row -> createdOnOrBefore == null || row.getCreatedDay() <= createdOnOrBefore.toEpochDay())
                .sorted(order)
                .toList();
        long unsecuredTotal = openTotal(
                DayCounts.Sum.of(
                        totals(projects, null).stream().map(Totals::created).toList()),
                createdOnOrBefore);
        long total = unsecuredTotal + secured.size();
        if (start >= total || secured.isEmpty()) {
            return start >= total
                    ? new Slice(List.of(), total)
                    : open(projects, createdOnOrBefore, sort, start, limit, Set.of());
        }
        // the slice starts at most secured.size() rows before the page, and at a row that exists
        int from = (int) Math.max(0, Math.min(start - secured.size(), unsecuredTotal - 1));
        List<IndexedItem> slice = open(projects, createdOnOrBefore, sort, from, limit + (start - from), Set.of())
                .items();
        Map<Long, ItemIndexEntity> sliceRows = new HashMap<>();
        entitiesOf(slice.stream().map(row -> row.item().id()).collect(Collectors.toSet()))
                .forEach(row -> sliceRows.put(row.getItemId(), row));
        List<ItemIndexEntity> unsecured = slice.stream()
                .map(row -> sliceRows.get(row.item().id()))
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, Long> place = new HashMap<>();
        for (int i = 0; i < unsecured.size(); i++) {
            place.put(unsecured.get(i).getItemId(), from + i + countBefore(secured, unsecured.get(i), order));
        }
        for (int j = 0; j < secured.size(); j++) {
            ItemIndexEntity row = secured.get(j);
            if (!unsecured.isEmpty() && order.compare(row, unsecured.get(0)) < 0 && from > 0) {
                continue; // before the slice: its place is before the page
            }
            place.put(row.getItemId(), j + from + countBefore(unsecured, row, order));
        }
        Map<Long, IndexedItem> items = new HashMap<>();
        slice.forEach(row -> items.put(row.item().id(), row));
        secured.forEach(row -> items.put(row.getItemId(), toItem(row)));
        List<IndexedItem> page = place.entrySet().stream()
                .filter(entry -> entry.getValue() >= start && entry.getValue() < start + limit)
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> items.get(entry.getKey()))
                .toList();
        return new Slice(page, total);
    }

    private static long countBefore(
            List<ItemIndexEntity> sorted, ItemIndexEntity row, Comparator<ItemIndexEntity> order) {
        long before = 0;
        for (ItemIndexEntity each : sorted) {
            if (order.compare(each, row) < 0) {
                before++;
            }
        }
        return before;
    }

    /** The sort's order over rows as the database orders them (project keys ranked in its collation). */
    private static Comparator<ItemIndexEntity> order(ReviewSort sort, Map<String, Integer> projectRank) {
        Comparator<ItemIndexEntity> first = switch (sort) {
            case OLDEST_FIRST -> Comparator.comparingLong(ItemIndexEntity::getCreatedDay);
            case NEWEST_FIRST ->
                Comparator.comparingLong(ItemIndexEntity::getCreatedDay).reversed();
            case DUE_FIRST -> Comparator.comparingLong(ItemIndexEntity::getDueSort);
            case MOST_DEFERRED -> Comparator.comparingInt(ItemIndexEntity::getDeferredSort);
            case BY_KEY -> (left, right) -> 0;
        };
        return first.thenComparing(row -> projectRank.getOrDefault(row.getProjectKey(), Integer.MAX_VALUE))
                .thenComparing(ItemIndexEntity::getProjectKey)
                .thenComparingLong(ItemIndexEntity::getItemId);
    }

    /** Every project with a totals row, ranked in the database's order of project keys. */
    private Map<String, Integer> projectRank(Set<String> projects) {
        Map<String, Integer> rank = new HashMap<>();
        for (Kept row : kept(Query.select(KEPT_COLUMNS).order("PROJECT_KEY ASC"))) {
            if (projects == null || projects.contains(row.project())) {
                rank.put(row.project(), rank.size());
            }
        }
        return rank;
    }

    private List<ItemIndexEntity> entitiesOf(Set<Long> itemIds) {
        List<ItemIndexEntity> rows = new ArrayList<>();
        Rows.inChunks(
                itemIds.stream().sorted().toList(),
                (chunk, marks) -> rows.addAll(
                        Arrays.asList(ao.find(ItemIndexEntity.class, "ITEM_ID IN (" + marks + ")", chunk.toArray()))));
        return rows;
    }

    private List<IndexedItem> rowsOf(Set<Long> itemIds) {
        List<IndexedItem> rows = new ArrayList<>();
        Rows.inChunks(itemIds.stream().sorted().toList(), (chunk, marks) -> {
            for (ItemIndexEntity row : ao.find(ItemIndexEntity.class, "ITEM_ID IN (" + marks + ")", chunk.toArray())) {
                rows.add(toItem(row));
            }
        });
        return rows;
    }

    @Override
    public List<IndexedItem> secured(Set<String> projects, Instant resolvedSince, int limit) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        Where where = Where.of(
                        "SECURED = ? AND (ITEM_OPEN = ? OR RESOLVED_AT >= ?)", true, true, resolvedSince.toEpochMilli())
                .inProjects(projects);
        return Arrays.stream(ao.find(
                        ItemIndexEntity.class,
                        Query.select()
                                .where(where.sql(), where.params())
                                .order("ITEM_ID ASC")
                                .limit(limit)))
                .map(AoItemIndex::toItem)
                .toList();
    }

    /**
     * A "most deferred" page value by value (DEFERRED_SORT is minus the deferrals, so its histogram ascending is the
     * page order's first key; most items share one value, never deferred): within a value rows run by project, so
     * each read names the projects the page spans there. Empty when a project's kept counts are not current.
     */
    private Optional<List<IndexedItem>> mostDeferred(
            Where where, Set<String> projects, List<Totals> kept, int start, int limit) {
        DayCounts.Sum deferred =
                DayCounts.Sum.of(kept.stream().map(Totals::deferred).toList());
        List<IndexedItem> rows = new ArrayList<>();
        long at = start;
        while (rows.size() < limit && at < deferred.total()) {
            long value = deferred.dayAt(at).orElseThrow();
            long inValue = at - deferred.onOrBefore(value - 1);
            int wanted = limit - rows.size();
            Optional<Span> span = span(
                    projects,
                    inValue,
                    wanted,
                    row -> DayCounts.parse(row.deferredCounts()).on(value));
            if (span.isEmpty()) {
                return Optional.empty();
            }
            List<IndexedItem> more = page(
                    where.and("DEFERRED_SORT = ?", value).inProjects(span.get().projects()),
                    ReviewSort.MOST_DEFERRED,
                    span.get().skip(),
                    wanted);
            rows.addAll(more);
            long inThisValue = deferred.onOrBefore(value) - deferred.onOrBefore(value - 1);
            at += Math.min(more.size(), inThisValue - inValue);
            if (more.size() < Math.min(wanted, inThisValue - inValue)) {
                // the index holds fewer rows than its kept counts said (written since): the OFFSET answer instead
                return Optional.empty();
            }
        }
        return Optional.of(rows);
    }

    /** The projects a page spans, in the database's order of project keys, and how many rows of the first to skip. */
    private record Span(Set<String> projects, long skip) {}

    /**
     * Which projects hold rows {@code start} to {@code start + limit - 1} of rows ordered by project key, from each
     * project's kept count ({@code count}, of a current row) read in the database's own order of project keys (so its
     * comparison agrees); empty when a project's counts are not current or the rows run out.
     */
    private Optional<Span> span(
            Set<String> projects, long start, int limit, java.util.function.ToLongFunction<Kept> count) {
        long before = 0;
        Set<String> spanned = new java.util.LinkedHashSet<>();
        long skip = 0;
        long taken = 0;
        for (Kept row : kept(Query.select(KEPT_COLUMNS)
                .where("PROJECT_KEY <> ?", EVERY_PROJECT)
                .order("PROJECT_KEY ASC"))) {
            if (projects != null && !projects.contains(row.project())) {
                continue;
            }
            if (!row.current() || row.openCount() == null || !row.deferralsKept()) {
                return Optional.empty();
            }
            long rows = count.applyAsLong(row);
            if (rows == 0) {
                continue;
            }
            if (spanned.isEmpty()) {
                if (start >= before + rows) {
                    before += rows;
                    continue;
                }
                skip = start - before;
                taken = rows - skip;
            } else {
                taken += rows;
            }
            spanned.add(row.project());
            if (taken >= limit) {
                break;
            }
        }
        return spanned.isEmpty() ? Optional.empty() : Optional.of(new Span(spanned, skip));
    }

    private List<IndexedItem> page(Where where, ReviewSort sort, long skip, int limit) {
        Query page = Query.select()
                .where(where.sql(), where.params())
                .order(order(sort))
                .offset(Math.toIntExact(skip))
                .limit(limit);
        return Arrays.stream(ao.find(ItemIndexEntity.class, page))
                .map(AoItemIndex::toItem)
                .toList();
    }

    @Override
    public List<IndexedItem> allOpen(Set<String> projects, LocalDate createdOnOrBefore) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        Where where = openUnsecured(projects, createdOnOrBefore);
        return Arrays.stream(
                        ao.find(ItemIndexEntity.class, Query.select(ALL_COLUMNS).where(where.sql(), where.params())))
                .map(AoItemIndex::toItem)
                .toList();
    }

    @Override
    public List<IndexedItem> ofIncidents(Collection<Long> incidentIds) {
        List<IndexedItem> rows = new ArrayList<>();
        Rows.inChunks(incidentIds.stream().distinct().toList(), (chunk, marks) -> {
            for (ItemIndexEntity row :
                    ao.find(ItemIndexEntity.class, "INCIDENT_ID IN (" + marks + ")", chunk.toArray())) {
                rows.add(toItem(row));
            }
        });
        return rows;
    }

    @Override
    public List<IndexedItem> rows(Collection<IssueRef> items) {
        List<IndexedItem> rows = new ArrayList<>();
        Rows.inChunks(items.stream().map(IssueRef::id).distinct().toList(), (chunk, marks) -> {
            for (ItemIndexEntity row : ao.find(ItemIndexEntity.class, "ITEM_ID IN (" + marks + ")", chunk.toArray())) {
                rows.add(toItem(row));
            }
        });
        return rows;
    }

    /**
     * From each project's kept totals ({@link ItemTotalsEntity}), worked out again only for a project written since:
     * one read of a row per project, then a walk over days; no count over the open items.
     */
    @Override
    public Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince, Set<Long> visibleSecured) {
        if (projects != null && projects.isEmpty()) {
            return new Counts(0, 0, 0, 0, List.of());
        }
        List<Totals> each = new ArrayList<>(totals(projects, resolvedSince.toEpochMilli()));
        if (!visibleSecured.isEmpty()) {
            each.add(totalsOf(
                    rowsOf(visibleSecured).stream()
                            .filter(IndexedItem::secured)
                            .filter(row -> projects == null
                                    || projects.contains(row.item().projectKey()))
                            .toList(),
                    resolvedSince));
        }
        DayCounts.Sum created =
                DayCounts.Sum.of(each.stream().map(Totals::created).toList());
        DayCounts.Sum due = DayCounts.Sum.of(each.stream().map(Totals::due).toList());
        long open = created.total();
        List<LocalDate> middle = new ArrayList<>();
        if (open > 0) {
            // the middle one or two by age: only their days matter, so any order of a day's items gives the same
            created.dayAt((open - 1) / 2).ifPresent(day -> middle.add(LocalDate.ofEpochDay(day)));
            if (open % 2 == 0) {
                created.dayAt(open / 2).ifPresent(day -> middle.add(LocalDate.ofEpochDay(day)));
            }
        }
        return new Counts(
                open,
                due.onOrBefore(today.toEpochDay() - 1),
                each.stream().mapToLong(Totals::closed).sum(),
                each.stream().mapToLong(Totals::closedInTime).sum(),
                middle);
    }

    /** By the open_due index: open and secured fixed, then a range on DUE_SORT (undated items sort after every day). */
    @Override
    public List<IndexedItem> openDueBetween(Set<String> projects, LocalDate from, LocalDate to) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        Where where = openUnsecured(projects, null).and("DUE_SORT <= ?", to.toEpochDay());
        if (from != null) {
            where = where.and("DUE_SORT >= ?", from.toEpochDay());
        }
        return Arrays.stream(
                        ao.find(ItemIndexEntity.class, Query.select(ALL_COLUMNS).where(where.sql(), where.params())))
                .map(AoItemIndex::toItem)
                .toList();
    }

    /**
     * One project's totals as kept: open unsecured items by creation and due day and by DEFERRED_SORT (a histogram
     * over minus the deferral counts), and the closed counts.
     */
    record Totals(DayCounts created, DayCounts due, DayCounts deferred, long closed, long closedInTime) {}

    /**
     * The kept totals of these projects (null: every project holding items, read from the one row adding them all
     * up), each worked out again when an item of it was written since, or, with {@code closedSince} given, when they
     * counted the closed items from another moment.
     */
    private List<Totals> totals(Set<String> projects, Long closedSince) {
        return projects == null ? List.of(everyProject(closedSince)) : perProject(projects, closedSince);
    }

    private List<Totals> perProject(Set<String> projects, Long closedSince) {
        Map<String, Kept> kept = new HashMap<>();
        Rows.inChunks(projects.stream().sorted().toList(), (chunk, marks) -> {
            for (Kept row : kept(Query.select(KEPT_COLUMNS).where("PROJECT_KEY IN (" + marks + ")", chunk.toArray()))) {
                kept.put(row.project(), row);
            }
        });
        Map<String, Histograms> histograms = histograms(
                kept.values().stream().filter(row -> usable(row, closedSince)).toList());
        List<Totals> all = new ArrayList<>(projects.size());
        for (String project : projects) {
            Kept row = kept.get(project);
            Histograms days = row == null ? null : histograms.get(project);
            if (days != null && usable(row, closedSince)) {
                all.add(days.totals(row.closed(), row.closedInTime()));
                continue;
            }
            ItemTotalsEntity full;
            if (row == null || !row.current() || !row.deferralsKept()) {
                full = workOut(project, closedSince);
            } else {
                full = totalsRow(project);
                countClosed(project, full, closedSince);
                full.save();
            }
            all.add(remember(full));
        }
        return all;
    }

    /** Whether a kept row's totals can be used as they are: current, and counting closed items from the moment. */
    private static boolean usable(Kept row, Long closedSince) {
        return row.current() && row.deferralsKept() && (closedSince == null || closedSince.equals(row.closedSince()));
    }

    /**
     * The small columns of a totals row (the day histograms left out): whether it is current, and its counts. A review
     * reads these for its projects on every call and the histograms only when this node has not decoded them under the
     * same stamp ({@link #histograms}).
     */
    record Kept(
            String project,
            String stamp,
            String computedStamp,
            Long openCount,
            Long closedSince,
            Long closed,
            Long closedInTime,
            String deferredCounts) {

        boolean current() {
            return stamp.equals(computedStamp);
        }

        /** As {@link #deferralsKept(ItemTotalsEntity)}. */
        boolean deferralsKept() {
            return deferredCounts != null || Long.valueOf(0).equals(openCount);
        }
    }

    private static final String KEPT_COLUMNS =
            "ID, PROJECT_KEY, STAMP, COMPUTED_STAMP, OPEN_COUNT, CLOSED_SINCE, CLOSED, CLOSED_IN_TIME, DEFERRED_COUNTS";

    /** Reads only the query's columns (a stream: Active Objects' find would read every column of the row). */
    private List<Kept> kept(Query query) {
        List<Kept> rows = new ArrayList<>();
        ao.stream(
                ItemTotalsEntity.class,
                query,
                row -> rows.add(new Kept(
                        row.getProjectKey(),
                        row.getStamp(),
                        row.getComputedStamp(),
                        row.getOpenCount(),
                        row.getClosedSince(),
                        row.getClosed(),
                        row.getClosedInTime(),
                        row.getDeferredCounts())));
        return rows;
    }

    /** A row's day histograms, decoded; the same for as long as the row keeps the stamp they were worked out under. */
    record Histograms(DayCounts created, DayCounts due, DayCounts deferred) {

        Totals totals(Long closed, Long closedInTime) {
            return new Totals(
                    created, due, deferred, closed == null ? 0 : closed, closedInTime == null ? 0 : closedInTime);
        }
    }

    /**
     * Decoded histograms by project and the stamp they were worked out under. A stamp is new on every write, and a
     * row's histograms are only ever written with a new computed stamp, so an entry never goes out of date; which
     * entry applies is read from the database on every call, so every node agrees. At most {@link #HISTOGRAMS_KEPT}.
     */
    private final Map<String, Histograms> decoded =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Histograms> eldest) {
                    return size() > HISTOGRAMS_KEPT;
                }
            });

    static final int HISTOGRAMS_KEPT = 4096;

    /** The histograms of these current rows by project: decoded ones kept, the rest read in one query per chunk. */
    private Map<String, Histograms> histograms(List<Kept> rows) {
        Map<String, Histograms> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Kept row : rows) {
            Histograms days = decoded.get(row.project() + '|' + row.computedStamp());
            if (days != null) {
                found.put(row.project(), days);
            } else {
                missing.add(row.project());
            }
        }
        Map<String, String> wanted = new HashMap<>();
        rows.forEach(row -> wanted.put(row.project(), row.computedStamp()));
        Rows.inChunks(
                missing.stream().sorted().toList(),
                (chunk, marks) -> ao.stream(
                        ItemTotalsEntity.class,
                        Query.select("ID, PROJECT_KEY, COMPUTED_STAMP, CREATED_DAYS, DUE_DAYS, DEFERRED_COUNTS")
                                .where("PROJECT_KEY IN (" + marks + ")", chunk.toArray()),
                        row -> {
                            Histograms days = new Histograms(
                                    DayCounts.parse(row.getCreatedDays()),
                                    DayCounts.parse(row.getDueDays()),
                                    DayCounts.parse(row.getDeferredCounts()));
                            decoded.put(row.getProjectKey() + '|' + row.getComputedStamp(), days);
                            // worked out again between the two reads: the caller reads the whole row instead
                            if (java.util.Objects.equals(row.getComputedStamp(), wanted.get(row.getProjectKey()))) {
                                found.put(row.getProjectKey(), days);
                            }
                        }));
        return found;
    }

    /** A whole row's totals, its histograms kept under its computed stamp. */
    private Totals remember(ItemTotalsEntity row) {
        Totals totals = totalsOf(row);
        if (row.getComputedStamp() != null) {
            decoded.put(
                    row.getProjectKey() + '|' + row.getComputedStamp(),
                    new Histograms(totals.created(), totals.due(), totals.deferred()));
        }
        return totals;
    }

    /**
     * Every project's totals added up, kept in the row of {@link #EVERY_PROJECT}: every index write sets a new stamp
     * on it too, so it is added up again (from the projects' rows, not from the items) after a write anywhere. The
     * projects are those with a totals row (a write keeps one for its project) and those holding items.
     */
    private Totals everyProject(Long closedSince) {
        List<Kept> kept = kept(Query.select(KEPT_COLUMNS).where("PROJECT_KEY = ?", EVERY_PROJECT));
        if (!kept.isEmpty() && usable(kept.get(0), closedSince)) {
            Histograms days = histograms(kept).get(EVERY_PROJECT);
            if (days != null) {
                return days.totals(kept.get(0).closed(), kept.get(0).closedInTime());
            }
        }
        ItemTotalsEntity row = totalsRow(EVERY_PROJECT);
        if (row.getStamp().equals(row.getComputedStamp())
                && deferralsKept(row)
                && (closedSince == null || closedSince.equals(row.getClosedSince()))) {
            return remember(row);
        }
        String stamp = row.getStamp();
        // a page's total asks without a moment: keep counting the closed items from the one asked for last
        Long since = closedSince != null ? closedSince : row.getClosedSince();
        Set<String> projects = new HashSet<>(projects());
        for (ItemTotalsEntity each : ao.find(ItemTotalsEntity.class, Query.select("ID, PROJECT_KEY"))) {
            projects.add(each.getProjectKey());
        }
        projects.remove(EVERY_PROJECT);
        List<Totals> each = perProject(projects, since);
        row.setCreatedDays(DayCounts.Sum.of(each.stream().map(Totals::created).toList())
                .counts()
                .text());
        row.setDueDays(DayCounts.Sum.of(each.stream().map(Totals::due).toList())
                .counts()
                .text());
        row.setDeferredCounts(
                DayCounts.Sum.of(each.stream().map(Totals::deferred).toList())
                        .counts()
                        .text());
        row.setOpenCount(
                DayCounts.Sum.of(each.stream().map(Totals::created).toList()).total());
        row.setClosedSince(since);
        row.setClosed(
                since == null ? null : each.stream().mapToLong(Totals::closed).sum());
        row.setClosedInTime(
                since == null
                        ? null
                        : each.stream().mapToLong(Totals::closedInTime).sum());
        row.setComputedStamp(stamp);
        row.save();
        return remember(row);
    }

    /**
     * Whether the row holds the deferral histogram: rows worked out before it was kept have none (nor, on a database
     * storing an empty text as null, does a project without open items, whose open count says so).
     */
    private static boolean deferralsKept(ItemTotalsEntity row) {
        return row.getDeferredCounts() != null || Long.valueOf(0).equals(row.getOpenCount());
    }

    /** The totals these rows add (the viewer's visible secured items), as a project's row would keep them. */
    private static Totals totalsOf(List<IndexedItem> rows, Instant resolvedSince) {
        List<IndexedItem> open = rows.stream().filter(IndexedItem::open).toList();
        List<IndexedItem> closed = rows.stream()
                .filter(row -> row.resolved() != null && !row.resolved().isBefore(resolvedSince))
                .toList();
        return new Totals(
                DayCounts.of(open.stream()
                        .mapToLong(row -> row.createdOn().toEpochDay())
                        .toArray()),
                DayCounts.of(open.stream()
                        .filter(row -> row.due() != null)
                        .mapToLong(row -> row.due().toEpochDay())
                        .toArray()),
                DayCounts.of(new long[0]),
                closed.size(),
                closed.stream().filter(IndexedItem::resolvedInTime).count());
    }

    private static Totals totalsOf(ItemTotalsEntity row) {
        return new Totals(
                DayCounts.parse(row.getCreatedDays()),
                DayCounts.parse(row.getDueDays()),
                DayCounts.parse(row.getDeferredCounts()),
                row.getClosed() == null ? 0 : row.getClosed(),
                row.getClosedInTime() == null ? 0 : row.getClosedInTime());
    }

    private ItemTotalsEntity totalsRow(String project) {
        return totalsRow(ao, project);
    }

    /** The project's totals row, kept (with a new stamp, nothing worked out) when there was none. */
    private static ItemTotalsEntity totalsRow(ActiveObjects ao, String project) {
        ItemTotalsEntity[] found = ao.find(ItemTotalsEntity.class, "PROJECT_KEY = ?", project);
        if (found.length > 0) {
            return found[0];
        }
        try {
            return ao.create(
                    ItemTotalsEntity.class, new DBParam("PROJECT_KEY", project), new DBParam("STAMP", newStamp()));
        } catch (RuntimeException raced) {
            // another node kept this project's row first (PROJECT_KEY is unique): that one it is
            found = ao.find(ItemTotalsEntity.class, "PROJECT_KEY = ?", project);
            if (found.length == 0) {
                throw raced;
            }
            return found[0];
        }
    }

    /**
     * Works a project's totals out from its items and keeps them under the stamp read before the items were: a write
     * in between has set a new stamp, so they are worked out again next time rather than trusted. Without a moment
     * the closed items are not counted (the next {@link #counts} does).
     */
    private ItemTotalsEntity workOut(String project, Long closedSince) {
        ItemTotalsEntity row = totalsRow(project);
        String stamp = row.getStamp();
        ItemIndexEntity[] open = ao.find(
                ItemIndexEntity.class,
                Query.select("ID, CREATED_DAY, DUE_SORT, DEFERRED_SORT")
                        .where(OPEN_UNSECURED + " AND PROJECT_KEY = ?", true, false, project));
        long[] created = new long[open.length];
        long[] due = new long[open.length];
        long[] deferred = new long[open.length];
        int dated = 0;
        for (int i = 0; i < open.length; i++) {
            created[i] = open[i].getCreatedDay();
            deferred[i] = open[i].getDeferredSort();
            if (open[i].getDueSort() != NO_DUE) {
                due[dated++] = open[i].getDueSort();
            }
        }
        row.setCreatedDays(DayCounts.of(created).text());
        row.setDueDays(DayCounts.of(Arrays.copyOf(due, dated)).text());
        row.setDeferredCounts(DayCounts.of(deferred).text());
        row.setOpenCount((long) open.length);
        Long since = closedSince != null ? closedSince : row.getClosedSince();
        if (since != null) {
            countClosed(project, row, since);
        } else {
            row.setClosedSince(null);
            row.setClosed(null);
            row.setClosedInTime(null);
        }
        row.setComputedStamp(stamp);
        row.save();
        return row;
    }

    /** Counts the project's unsecured items resolved at or after the moment into the row (not saved). */
    private void countClosed(String project, ItemTotalsEntity row, long closedSince) {
        long closed = 0;
        long inTime = 0;
        for (ItemIndexEntity resolved : ao.find(
                ItemIndexEntity.class,
                Query.select("ID, RESOLVED_IN_TIME")
                        .where("PROJECT_KEY = ? AND SECURED = ? AND RESOLVED_AT >= ?", project, false, closedSince))) {
            closed++;
            if (resolved.isResolvedInTime()) {
                inTime++;
            }
        }
        row.setClosedSince(closedSince);
        row.setClosed(closed);
        row.setClosedInTime(inTime);
    }

    private void totalsChanged(Set<String> projects) {
        totalsChanged(ao, projects);
    }

    /**
     * Items of these projects were written (or their deferrals changed, by {@link ItemDeferrals}): their kept totals,
     * and every project's added up, are no longer current, on any node. A project without a totals row gets one, so
     * the sum over every project knows it.
     */
    static void totalsChanged(ActiveObjects ao, Set<String> projects) {
        if (projects.isEmpty()) {
            return;
        }
        for (String project : projects) {
            ItemTotalsEntity row = totalsRow(ao, project);
            row.setStamp(newStamp());
            row.save();
        }
        ItemTotalsEntity every = totalsRow(ao, EVERY_PROJECT);
        every.setStamp(newStamp());
        every.save();
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    private static final String ALL_COLUMNS = "ID, ITEM_ID, ITEM_KEY, PROJECT_KEY, INCIDENT_ID, INCIDENT_KEY, "
            + "INCIDENT_PROJECT_KEY, ITEM_OPEN, CREATED_DAY, DUE_DAY, DUE_SORT, RESOLVED_AT, RESOLVED_IN_TIME, SECURED";

    private static Where openUnsecured(Set<String> projects, LocalDate createdOnOrBefore) {
        Where where = Where.of(OPEN_UNSECURED, true, false).inProjects(projects);
        return createdOnOrBefore == null ? where : where.and("CREATED_DAY <= ?", createdOnOrBefore.toEpochDay());
    }

    /** The sort's order, ties by project key then issue id, as {@link ReviewSort#comparator()} breaks them. */
    private static String order(ReviewSort sort) {
        return switch (sort) {
            case OLDEST_FIRST -> "CREATED_DAY ASC, PROJECT_KEY ASC, ITEM_ID ASC";
            case NEWEST_FIRST -> "CREATED_DAY DESC, PROJECT_KEY ASC, ITEM_ID ASC";
            case DUE_FIRST -> "DUE_SORT ASC, PROJECT_KEY ASC, ITEM_ID ASC";
            case BY_KEY -> "PROJECT_KEY ASC, ITEM_ID ASC";
            case MOST_DEFERRED -> "DEFERRED_SORT ASC, PROJECT_KEY ASC, ITEM_ID ASC";
        };
    }

    private static DBParam[] values(IndexedItem item, Map<Long, Integer> deferrals) {
        IssueRef incident = item.incident();
        return new DBParam[] {
            new DBParam("ITEM_ID", item.item().id()),
            new DBParam("ITEM_KEY", item.item().key()),
            new DBParam("PROJECT_KEY", item.item().projectKey()),
            new DBParam("INCIDENT_ID", incident == null ? null : incident.id()),
            new DBParam("INCIDENT_KEY", incident == null ? null : incident.key()),
            new DBParam("INCIDENT_PROJECT_KEY", incident == null ? null : incident.projectKey()),
            new DBParam("ITEM_OPEN", item.open()),
            new DBParam("CREATED_DAY", item.createdOn().toEpochDay()),
            new DBParam("DUE_DAY", item.due() == null ? null : item.due().toEpochDay()),
            new DBParam("DUE_SORT", item.due() == null ? NO_DUE : item.due().toEpochDay()),
            new DBParam("RESOLVED_AT", Rows.millis(item.resolved())),
            new DBParam("RESOLVED_IN_TIME", item.resolvedInTime()),
            new DBParam("SECURED", item.secured()),
            new DBParam("DEFERRED_SORT", -deferrals.getOrDefault(item.item().id(), 0))
        };
    }

    private static IndexedItem toItem(ItemIndexEntity row) {
        IssueRef incident = row.getIncidentId() == null
                ? null
                : new IssueRef(row.getIncidentId(), row.getIncidentKey(), row.getIncidentProjectKey());
        return new IndexedItem(
                new IssueRef(row.getItemId(), row.getItemKey(), row.getProjectKey()),
                incident,
                row.isItemOpen(),
                LocalDate.ofEpochDay(row.getCreatedDay()),
                row.getDueDay() == null ? null : LocalDate.ofEpochDay(row.getDueDay()),
                Rows.instant(row.getResolvedAt()),
                row.isResolvedInTime(),
                row.isSecured());
    }

    /** A WHERE clause and its parameters, built up; projects as IN lists of at most {@link Rows#IN_CHUNK}. */
    private record Where(String sql, List<Object> values) {

        static Where of(String sql, Object... params) {
            return new Where(sql, List.of(params));
        }

        Where and(String condition, Object... params) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(Arrays.asList(params));
            return new Where(sql + " AND " + condition, all);
        }

        /** Narrowed to these projects; null: every project, no condition. */
        Where inProjects(Set<String> projects) {
            if (projects == null) {
                return this;
            }
            List<String> keys = projects.stream().sorted().toList();
            List<String> lists = new ArrayList<>();
            for (int from = 0; from < keys.size(); from += Rows.IN_CHUNK) {
                int to = Math.min(from + Rows.IN_CHUNK, keys.size());
                lists.add("PROJECT_KEY IN (" + String.join(", ", java.util.Collections.nCopies(to - from, "?")) + ")");
            }
            return and("(" + String.join(" OR ", lists) + ")", keys.toArray());
        }

        Object[] params() {
            return values.toArray();
        }
    }
}
