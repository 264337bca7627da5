package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One debrief action item as the review pages, sorts and totals it (issue 17); one row per issue id. Days are epoch
 * days in the site's zone; DUE_SORT is the due day, or {@link AoItemIndex#NO_DUE} when none, so "due first" puts
 * undated items last on every database. DEFERRED_SORT is minus the number of closed checkpoints that re-planned
 * the item (so an ascending index walk is "most deferred" first), kept by {@link ItemDeferrals} whenever the
 * checkpoint log closes or reopens a checkpoint and whenever the index writes the item.
 *
 * <p>The composite indexes lead with the open and secured flags every review query fixes, then follow each sort's
 * ORDER BY to its tie-breakers, so a page is read from the index in order and stopped at its LIMIT instead of sorting
 * every open row; the counts read them too (overdue: a range on DUE_SORT; closed: a range on RESOLVED_AT).
 */
@Preload
@Table("ITEM_INDEX")
@Indexes({
    @Index(
            name = "open_created",
            methodNames = {"isItemOpen", "isSecured", "getCreatedDay", "getProjectKey", "getItemId"}),
    @Index(
            name = "open_due",
            methodNames = {"isItemOpen", "isSecured", "getDueSort", "getProjectKey", "getItemId"}),
    @Index(
            name = "open_deferred",
            methodNames = {"isItemOpen", "isSecured", "getDeferredSort", "getProjectKey", "getItemId"}),
    @Index(
            name = "open_project",
            methodNames = {"isItemOpen", "isSecured", "getProjectKey", "getItemId"}),
    @Index(
            name = "resolved",
            methodNames = {"isSecured", "getResolvedAt", "isResolvedInTime"})
})
public interface ItemIndexEntity extends Entity {

    @NotNull
    @Unique
    long getItemId();

    void setItemId(long itemId);

    @NotNull
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @Indexed
    Long getIncidentId();

    void setIncidentId(Long incidentId);

    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    String getIncidentProjectKey();

    void setIncidentProjectKey(String incidentProjectKey);

    @NotNull
    @Indexed
    boolean isItemOpen();

    void setItemOpen(boolean itemOpen);

    @NotNull
    @Indexed
    long getCreatedDay();

    void setCreatedDay(long createdDay);

    Long getDueDay();

    void setDueDay(Long dueDay);

    @NotNull
    long getDueSort();

    void setDueSort(long dueSort);

    @Indexed
    Long getResolvedAt();

    void setResolvedAt(Long resolvedAt);

    @NotNull
    boolean isResolvedInTime();

    void setResolvedInTime(boolean resolvedInTime);

    @NotNull
    boolean isSecured();

    void setSecured(boolean secured);

    @NotNull
    @Default("0")
    int getDeferredSort();

    void setDeferredSort(int deferredSort);
}
