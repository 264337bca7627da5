package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The review's totals of one project's open and recently resolved unsecured items (issue 17), worked out from
 * {@code ITEM_INDEX} once and kept until an item of the project is written, so a review adds up one row per project
 * instead of counting every open item. Shared by every node: a write to the index sets a new STAMP; the totals are
 * good while COMPUTED_STAMP equals it (a write during the working out leaves them stale, never trusted).
 *
 * <p>CREATED_DAYS and DUE_DAYS are day histograms of the open unsecured items ({@link DayCounts}: by creation day;
 * by due day, undated ones left out), so any "today", age filter and median come from them; DEFERRED_COUNTS the
 * same by DEFERRED_SORT, for "most deferred" pages. CLOSED and
 * CLOSED_IN_TIME count the unsecured items resolved at or after CLOSED_SINCE (a month's first moment).
 */
@Preload
@Table("ITEM_TOTALS")
public interface ItemTotalsEntity extends Entity {

    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getStamp();

    void setStamp(String stamp);

    String getComputedStamp();

    void setComputedStamp(String computedStamp);

    /** How many open unsecured items the project holds (CREATED_DAYS added up): "by key" pages seek by it. */
    Long getOpenCount();

    void setOpenCount(Long openCount);

    @StringLength(StringLength.UNLIMITED)
    String getCreatedDays();

    void setCreatedDays(String createdDays);

    @StringLength(StringLength.UNLIMITED)
    String getDueDays();

    void setDueDays(String dueDays);

    /**
     * The open unsecured items by DEFERRED_SORT (minus the deferral count), as {@link DayCounts} text: "most
     * deferred" pages seek by it. Null in a row worked out before it was kept (worked out again when read).
     */
    @StringLength(StringLength.UNLIMITED)
    String getDeferredCounts();

    void setDeferredCounts(String deferredCounts);

    Long getClosedSince();

    void setClosedSince(Long closedSince);

    Long getClosed();

    void setClosed(Long closed);

    Long getClosedInTime();

    void setClosedInTime(Long closedInTime);
}
