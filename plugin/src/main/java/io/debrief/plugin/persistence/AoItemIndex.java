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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    }

    /** Inserts rows for items the index does not hold yet, without looking for them first (seeding, a first fill). */
    public void insertNew(List<IndexedItem> items) {
        knownProjects = null;
        Map<Long, Integer> deferrals = ItemDeferrals.count(
                ao, items.stream().map(item -> item.item().id()).toList());
        for (IndexedItem item : items) {
            ao.create(ItemIndexEntity.class, values(item, deferrals));
        }
    }

    @Override
    public void remove(long itemId) {
        ao.deleteWithSQL(ItemIndexEntity.class, "ITEM_ID = ?", itemId);
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
        long total = ao.count(ItemIndexEntity.class, Query.select().where(where.sql(), where.params()));
        Query page = Query.select()
                .where(where.sql(), where.params())
                .order(order(sort))
                .offset(start)
                .limit(limit);
        return new Slice(
                Arrays.stream(ao.find(ItemIndexEntity.class, page))
                        .map(AoItemIndex::toItem)
                        .toList(),
                total);
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

    @Override
    public Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince) {
        if (projects != null && projects.isEmpty()) {
            return new Counts(0, 0, 0, 0, List.of());
        }
        Where open = openUnsecured(projects, null);
        int openCount = ao.count(ItemIndexEntity.class, Query.select().where(open.sql(), open.params()));
        Where overdue = open.and("DUE_SORT < ?", today.toEpochDay());
        Where closed = Where.of("SECURED = ? AND RESOLVED_AT >= ?", false, resolvedSince.toEpochMilli())
                .inProjects(projects);
        Where inTime = closed.and("RESOLVED_IN_TIME = ?", true);
        List<LocalDate> middle = new ArrayList<>();
        if (openCount > 0) {
            // the middle one or two by age, read as one or two rows: any tie-break gives the same days there, so the
            // "oldest first" order is used, which the OPEN_CREATED index holds (no sort of each day's rows)
            int from = (openCount - 1) / 2;
            int count = openCount % 2 == 1 ? 1 : 2;
            Query query = Query.select("ID, CREATED_DAY")
                    .where(open.sql(), open.params())
                    .order(order(ReviewSort.OLDEST_FIRST))
                    .offset(from)
                    .limit(count);
            for (ItemIndexEntity row : ao.find(ItemIndexEntity.class, query)) {
                middle.add(LocalDate.ofEpochDay(row.getCreatedDay()));
            }
        }
        return new Counts(
                openCount,
                ao.count(ItemIndexEntity.class, Query.select().where(overdue.sql(), overdue.params())),
                ao.count(ItemIndexEntity.class, Query.select().where(closed.sql(), closed.params())),
                ao.count(ItemIndexEntity.class, Query.select().where(inTime.sql(), inTime.params())),
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
