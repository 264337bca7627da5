package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issue someone took the debrief label off by hand; one row per issue (unique), the first one kept. */
@Preload
@Table("LABEL_REMOVAL")
public interface LabelRemovalEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getByKey();

    void setByKey(String byKey);

    String getByName();

    void setByName(String byName);

    @NotNull
    long getRemovedAt();

    void setRemovedAt(long removedAt);
}
