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
    public Slice open(Set<String> projects, LocalDate createdOnOrBefore, ReviewSort sort, int start, int limit) {
        if (projects != null && projects.isEmpty()) {
            return new Slice(List.of(), 0);
        }
        Where where = openUnsecured(projects, createdOnOrBefore);
        List<Totals> kept = totals(projects, null);
        DayCounts.Sum created =
                DayCounts.Sum.of(kept.stream().map(Totals::created).toList());
        long total = createdOnOrBefore == null ? created.total() : created.onOrBefore(createdOnOrBefore.toEpochDay());
        if (start >= total) {
            return new Slice(List.of(), total);
        }
        // a later page starts at the day (or project) its first row is on, from the kept counts: the database
        // walks from there instead of an OFFSET from the first row (the first page needs no seek)
        long skip = start;
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
                // DEFERRED_SORT is minus the deferrals: its histogram ascending is the page order's first key
                DayCounts.Sum deferred =
                        DayCounts.Sum.of(kept.stream().map(Totals::deferred).toList());
                long sortValue = deferred.dayAt(start).orElseThrow();
                where = where.and("DEFERRED_SORT >= ?", sortValue);
                skip = start - deferred.onOrBefore(sortValue - 1);
            } else if (sort == ReviewSort.BY_KEY && createdOnOrBefore == null) {
                Optional<Seek> seek = fromProject(projects, start);
                if (seek.isPresent()) {
                    where = where.and("PROJECT_KEY >= ?", seek.get().project());
                    skip = seek.get().skip();
                }
            }
        }
        Query page = Query.select()
                .where(where.sql(), where.params())
                .order(order(sort))
                .offset(Math.toIntExact(skip))
                .limit(limit);
        return new Slice(
                Arrays.stream(ao.find(ItemIndexEntity.class, page))
                        .map(AoItemIndex::toItem)
                        .toList(),
                total);
    }

    /** Where a page sorted by key starts: the first project it shows and how many of its items come before. */
    private record Seek(String project, long skip) {}

    /**
     * The project holding the item at {@code start} in key order, from the kept open counts read in the database's
     * own order of project keys (so its comparison agrees); empty when a project's counts are not current.
     */
    private Optional<Seek> fromProject(Set<String> projects, long start) {
        Query query = Query.select("ID, PROJECT_KEY, STAMP, COMPUTED_STAMP, OPEN_COUNT")
                .where("PROJECT_KEY <> ?", EVERY_PROJECT)
                .order("PROJECT_KEY ASC");
        long before = 0;
        for (ItemTotalsEntity row : ao.find(ItemTotalsEntity.class, query)) {
            if (projects != null && !projects.contains(row.getProjectKey())) {
                continue;
            }
            if (!row.getStamp().equals(row.getComputedStamp()) || row.getOpenCount() == null) {
                return Optional.empty();
            }
            if (start < before + row.getOpenCount()) {
                return Optional.of(new Seek(row.getProjectKey(), start - before));
            }
            before += row.getOpenCount();
        }
        return Optional.empty();
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
    public Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince) {
        if (projects != null && projects.isEmpty()) {
            return new Counts(0, 0, 0, 0, List.of());
        }
        List<Totals> each = totals(projects, resolvedSince.toEpochMilli());
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
        Map<String, ItemTotalsEntity> kept = new HashMap<>();
        Rows.inChunks(projects.stream().sorted().toList(), (chunk, marks) -> {
            for (ItemTotalsEntity row :
                    ao.find(ItemTotalsEntity.class, "PROJECT_KEY IN (" + marks + ")", chunk.toArray())) {
                kept.put(row.getProjectKey(), row);
            }
        });
        List<Totals> all = new ArrayList<>(projects.size());
        for (String project : projects) {
            ItemTotalsEntity row = kept.get(project);
            if (row == null || !row.getStamp().equals(row.getComputedStamp()) || !deferralsKept(row)) {
                row = workOut(project, closedSince);
            } else if (closedSince != null && !closedSince.equals(row.getClosedSince())) {
                countClosed(project, row, closedSince);
                row.save();
            }
            all.add(totalsOf(row));
        }
        return all;
    }

    /**
     * Every project's totals added up, kept in the row of {@link #EVERY_PROJECT}: every index write sets a new stamp
     * on it too, so it is added up again (from the projects' rows, not from the items) after a write anywhere. The
     * projects are those with a totals row (a write keeps one for its project) and those holding items.
     */
    private Totals everyProject(Long closedSince) {
        ItemTotalsEntity row = totalsRow(EVERY_PROJECT);
        if (row.getStamp().equals(row.getComputedStamp())
                && deferralsKept(row)
                && (closedSince == null || closedSince.equals(row.getClosedSince()))) {
            return totalsOf(row);
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
        return totalsOf(row);
    }

    /**
     * Whether the row holds the deferral histogram: rows worked out before it was kept have none (nor, on a database
     * storing an empty text as null, does a project without open items, whose open count says so).
     */
    private static boolean deferralsKept(ItemTotalsEntity row) {
        return row.getDeferredCounts() != null || Long.valueOf(0).equals(row.getOpenCount());
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
