package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issue link type (Jira's IssueLinkTypeManager): links name their type, the plugin knows it by this row's id. */
@Preload
@Table("SB_LINK_TYPE")
public interface SandboxLinkTypeEntity extends Entity {
    @NotNull
    @Unique
    String getName();

    void setName(String name);

    @NotNull
    String getOutward();

    void setOutward(String outward);

    @NotNull
    String getInward();

    void setInward(String inward);
}
