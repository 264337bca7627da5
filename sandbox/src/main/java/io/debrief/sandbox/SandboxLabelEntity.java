package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One label on one sandbox issue. */
@Preload
@Table("SB_LABEL")
public interface SandboxLabelEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    String getLabel();

    void setLabel(String label);
}
