package io.debrief.core.review;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The debrief items kept in our own store, indexed by what the review sorts, pages and totals by. It knows no
 * permissions: callers narrow every query to projects the viewer may browse and let the tracker confirm the page.
 *
 * <p>Kept by the tracker's events and put right by a periodic reconcile ({@link ItemIndexing}).
 */
public interface ItemIndex {

    // every query taking a set of projects reads null as "every project": no project condition at all

    /** Adds the item or replaces what is kept of it (same issue id). */
    void put(IndexedItem item);

    /** Forgets the item (deleted, or no longer a debrief item); nothing when it was not kept. */
    void remove(long itemId);

    /** The ids of every item kept. */
    Set<Long> itemIds();

    /** The projects holding at least one kept item. */
    Set<String> projects();

    /** How many open items in these projects are secured (see {@link IndexedItem#secured()}). */
    long securedOpen(Set<String> projects);

    /**
     * One page of the open, unsecured items in these projects created on or before {@code createdOnOrBefore} (null:
     * any day), in the sort's order (ties by project key, then issue id), and how many there are in all. For
     * {@link ReviewSort#MOST_DEFERRED} the index keeps how many closed checkpoints re-planned each item (as the
     * checkpoint log's {@code timesReplanned} counts them), so no sort reads every open item.
     */
    default Slice open(Set<String> projects, LocalDate createdOnOrBefore, ReviewSort sort, int start, int limit) {
        return open(projects, createdOnOrBefore, sort, start, limit, Set.of());
    }

    /**
     * As {@link #open(Set, LocalDate, ReviewSort, int, int)}, with the open secured items of these ids (those the
     * tracker showed the viewer) in the order and the total too.
     */
    Slice open(
            Set<String> projects,
            LocalDate createdOnOrBefore,
            ReviewSort sort,
            int start,
            int limit,
            Set<Long> visibleSecured);

    /**
     * The secured items in these projects that are open or were resolved at or after {@code resolvedSince}, by issue
     * id, at most {@code limit} of them: the ones the review asks the tracker about.
     */
    List<IndexedItem> secured(Set<String> projects, Instant resolvedSince, int limit);

    /** Every open, unsecured item in these projects created on or before the day (null: any day), in no order. */
    List<IndexedItem> allOpen(Set<String> projects, LocalDate createdOnOrBefore);

    /** Every kept item of these incidents (by issue id), open or resolved, secured or not. */
    List<IndexedItem> ofIncidents(Collection<Long> incidentIds);

    /** The kept rows of these items (missing ones left out). */
    List<IndexedItem> rows(Collection<IssueRef> items);

    /**
     * The review's counts over the open and the recently resolved unsecured items in these projects.
     *
     * @param today         items due before it are overdue
     * @param resolvedSince items resolved at or after it are "closed this month"
     */
    default Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince) {
        return counts(projects, today, resolvedSince, Set.of());
    }

    /** As {@link #counts(Set, LocalDate, Instant)}, the secured items of these ids counted too. */
    Counts counts(Set<String> projects, LocalDate today, Instant resolvedSince, Set<Long> visibleSecured);

    /**
     * Every open, unsecured item in these projects whose due day is in {@code [from, to]} (null {@code from}: any day
     * before {@code to}), in no order; items without a due day are left out. The follow-through reads what to remind
     * of and what is overdue from here. This default filters {@link #allOpen}; a store overrides it with a query.
     */
    default List<IndexedItem> openDueBetween(Set<String> projects, LocalDate from, LocalDate to) {
        return allOpen(projects, null).stream()
                .filter(item -> item.due() != null
                        && (from == null || !item.due().isBefore(from))
                        && !item.due().isAfter(to))
                .toList();
    }

    /** A page of rows and the number of rows in all. */
    record Slice(List<IndexedItem> items, long total) {
        public Slice {
            items = List.copyOf(items);
        }
    }

    /**
     * @param middleCreatedOn the creation days of the middle one (odd count) or two (even count) open items when
     *                        ordered by age; empty when none is open
     */
    record Counts(long open, long overdue, long closed, long closedInTime, List<LocalDate> middleCreatedOn) {
        public Counts {
            middleCreatedOn = List.copyOf(middleCreatedOn);
        }
    }
}
