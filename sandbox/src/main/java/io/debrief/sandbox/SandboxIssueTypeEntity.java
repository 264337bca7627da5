package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issue type (Jira's IssueTypeManager): issues name their type, the plugin knows it by this row's id. */
@Preload
@Table("SB_ISSUE_TYPE")
public interface SandboxIssueTypeEntity extends Entity {
    @NotNull
    @Unique
    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);

    boolean isSubTask();

    void setSubTask(boolean subTask);
}
