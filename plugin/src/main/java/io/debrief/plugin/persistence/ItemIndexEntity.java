package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One debrief action item as the review pages, sorts and totals it (issue 17); one row per issue id. Days are epoch
 * days in the site's zone; DUE_SORT is the due day, or {@link AoItemIndex#NO_DUE} when none, so "due first" puts
 * undated items last on every database.
 */
@Preload
@Table("ITEM_INDEX")
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
}
