package io.debrief.core.testkit;

import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.common.IssueRef;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewSort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The item index in a map, ordered and counted as the Active Objects one does it in SQL; "most deferred" counts the
 * given checkpoint log's re-plans (none without a log), as the Active Objects index keeps them.
 */
public final class InMemoryItemIndex implements ItemIndex {

    private final Map<Long, IndexedItem> rows = new TreeMap<>();
    private final CheckpointLog checkpoints;

    public InMemoryItemIndex() {
        this(null);
    }

    public InMemoryItemIndex(CheckpointLog checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void put(IndexedItem item) {
        rows.put(item.item().id(), item);
    }

    @Override
    public void remove(long itemId) {
        rows.remove(itemId);
    }

    @Override
    public Set<Long> itemIds() {
        return Set.copyOf(rows.keySet());
    }

    /** The kept row of that item, if any. */
    public java.util.Optional<IndexedItem> row(long itemId) {
        return java.util.Optional.ofNullable(rows.get(itemId));
    }

    @Override
    public Set<String> projects() {
        return rows.values().stream().map(row -> row.item().projectKey()).collect(Collectors.toSet());
    }

    @Override
    public long securedOpen(Set<String> projects) {
        return rows.values().stream()
                .filter(IndexedItem::open)
                .filter(IndexedItem::secured)
                .filter(row -> projects == null || projects.contains(row.item().projectKey()))
                .count();
    }

    @Override
    public Slice open(
            Set<String> projects,
            LocalDate createdOnOrBefore,
            ReviewSort sort,
            int start,
            int limit,
            Set<Long> visibleSecured) {
        List<IndexedItem> all = openRows(projects, visibleSecured)
                .filter(row -> createdOnOrBefore == null || !row.createdOn().isAfter(createdOnOrBefore))
                .sorted(order(sort, deferrals()))
                .toList();
        int from = Math.min(start, all.size());
        return new Slice(all.subList(from, Math.min(from + limit, all.size())), all.size());
    }

    @Override
    public List<IndexedItem> allOpen(Set<String> projects, LocalDate createdOnOrBefore) {
        return openUnsecured(projects)
                .filter(row -> createdOnOrBefore == null || !row.createdOn().isAfter(createdOnOrBefore))
                .toList();
    }

    @Override
    public List<IndexedItem> ofIncidents(Collection<Long> incidentIds) {
        return rows.values().stream()
                .filter(row -> row.incident() != null)
                .filter(row -> incidentIds.contains(row.incident().id()))
                .toList();
    }

    @Override
    public List<IndexedItem> rows(Collection<IssueRef> items) {
        return items.stream()
                .map(item -> rows.get(item.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    public List<IndexedItem> secured(Set<String> projects, Instant resolvedSince, int limit) {
        return rows.values().stream()
                .filter(IndexedItem::secured)
                .filter(row -> projects == null || projects.contains(row.item().projectKey()))
                .filter(row ->
                        row.open() || (row.resolved() != null && !row.resolved().isBefore(resolvedSince)))
                .limit(limit)
                .toList();
    }

    @Override
    public Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince, Set<Long> visibleSecured) {
        List<IndexedItem> open = openRows(projects, visibleSecured)
                .sorted(Comparator.comparing(IndexedItem::createdOn))
                .toList();
        List<IndexedItem> closed = rows.values().stream()
                .filter(row ->
                        !row.secured() || visibleSecured.contains(row.item().id()))
                .filter(row -> projects == null || projects.contains(row.item().projectKey()))
                .filter(row -> row.resolved() != null && !row.resolved().isBefore(resolvedSince))
                .toList();
        int n = open.size();
        List<LocalDate> middle = n == 0
                ? List.of()
                : n % 2 == 1
                        ? List.of(open.get(n / 2).createdOn())
                        : List.of(
                                open.get(n / 2 - 1).createdOn(), open.get(n / 2).createdOn());
        return new Counts(
                n,
                open.stream()
                        .filter(row -> row.due() != null && row.due().isBefore(today))
                        .count(),
                closed.size(),
                closed.stream().filter(IndexedItem::resolvedInTime).count(),
                middle);
    }

    private Stream<IndexedItem> openUnsecured(Set<String> projects) {
        return openRows(projects, Set.of());
    }

    private Stream<IndexedItem> openRows(Set<String> projects, Set<Long> visibleSecured) {
        return rows.values().stream()
                .filter(IndexedItem::open)
                .filter(row ->
                        !row.secured() || visibleSecured.contains(row.item().id()))
                .filter(row -> projects == null || projects.contains(row.item().projectKey()));
    }

    private Map<IssueRef, Integer> deferrals() {
        return checkpoints == null
                ? Map.of()
                : checkpoints.timesReplanned(
                        rows.values().stream().map(IndexedItem::item).toList());
    }

    private static Comparator<IndexedItem> order(ReviewSort sort, Map<IssueRef, Integer> deferrals) {
        Comparator<IndexedItem> first = switch (sort) {
            case OLDEST_FIRST -> Comparator.comparing(IndexedItem::createdOn);
            case NEWEST_FIRST -> Comparator.comparing(IndexedItem::createdOn).reversed();
            case DUE_FIRST -> Comparator.comparing(IndexedItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
            case BY_KEY -> (left, right) -> 0;
            case MOST_DEFERRED ->
                Comparator.<IndexedItem>comparingInt(row -> deferrals.getOrDefault(row.item(), 0))
                        .reversed();
        };
        return first.thenComparing(row -> row.item().projectKey())
                .thenComparingLong(row -> row.item().id());
    }
}
