package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved version of a debrief; REVISION_KEY ("incidentId:version") is unique, so of two saves from the same stale
 * version on different nodes only one can commit (AO's UPDATE has no version condition).
 */
@Table("DEBRIEF_REV")
public interface DebriefRevisionEntity extends Entity {

    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    int getDebriefVersion();

    void setDebriefVersion(int debriefVersion);

    Long getSavedAt();

    void setSavedAt(Long savedAt);

    String getSavedBy();

    void setSavedBy(String savedBy);
}
