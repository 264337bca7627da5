package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One incident as the insights count it (issue 16), one row per issue id: when it began, its facts, its debrief's
 * state and a summary of its action items, so a report reads one indexed range of this table and nothing else.
 * Instants are epoch milliseconds. BEGAN_AT is the start, or the creation when the start is unknown.
 * ITEMS_OPEN_UNTIL is the latest resolution of its items, {@link Long#MAX_VALUE} while one is open, null without
 * items. FACTS and ITEMS are written and read by {@link IncidentIndexCodec} only. UPDATED_AT is when a node last
 * wrote the row; {@link AoIncidentIndex} reads only rows changed since its last read.
 */
@Preload
@Table("INCIDENT_INDEX")
@Indexes({
    @Index(
            name = "project_began",
            methodNames = {"getProjectKey", "getBeganAt"}),
    @Index(
            name = "project_open_until",
            methodNames = {"getProjectKey", "getItemsOpenUntil"})
})
public interface IncidentIndexEntity extends Entity {

    @NotNull
    @Unique
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** Component names, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getComponents();

    void setComponents(String components);

    /** Labels, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String labels);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Indexed
    long getBeganAt();

    void setBeganAt(long beganAt);

    String getFacts();

    void setFacts(String facts);

    @NotNull
    String getDebriefStatus();

    void setDebriefStatus(String debriefStatus);

    Long getHeldAt();

    void setHeldAt(Long heldAt);

    @NotNull
    boolean isSecured();

    void setSecured(boolean secured);

    @Indexed
    Long getItemsOpenUntil();

    void setItemsOpenUntil(Long itemsOpenUntil);

    @StringLength(StringLength.UNLIMITED)
    String getItems();

    void setItems(String items);

    /** When this node wrote the row (wall clock, epoch ms): how a node's cache of the table sees what changed. */
    @NotNull
    @Indexed
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
