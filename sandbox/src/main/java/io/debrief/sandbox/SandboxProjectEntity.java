package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox project. */
@Preload
@Table("SB_PROJECT")
public interface SandboxProjectEntity extends Entity {
    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String projectKey);

    String getName();

    void setName(String name);

    /** The project lead's user name; null: {@code admin}, as every project of the sandbox had before. */
    String getLeadKey();

    void setLeadKey(String leadKey);
}
