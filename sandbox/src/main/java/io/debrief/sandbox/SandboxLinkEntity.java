package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An issue link of a named type from a source issue to a destination issue (as Jira's issue links). */
@Preload
@Table("SB_LINK")
public interface SandboxLinkEntity extends Entity {
    @NotNull
    String getTypeName();

    void setTypeName(String typeName);

    @NotNull
    @Indexed
    long getSourceId();

    void setSourceId(long sourceId);

    @NotNull
    @Indexed
    long getDestinationId();

    void setDestinationId(long destinationId);
}
