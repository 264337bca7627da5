package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An admin-configured event source; its key is unique, its secret kept only as a hash. */
@Preload
@Table("EVENT_SOURCE")
public interface EventSourceEntity extends Entity {

    @NotNull
    @Unique
    String getSourceKey();

    void setSourceKey(String sourceKey);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getFormat();

    void setFormat(String format);

    @NotNull
    String getSecretHash();

    void setSecretHash(String secretHash);

    String getSigningSecret();

    void setSigningSecret(String signingSecret);

    /** The label mapping, one rule a line (see AoEventSources). */
    @StringLength(StringLength.UNLIMITED)
    String getMappings();

    void setMappings(String mappings);

    @NotNull
    boolean getMayOpenIncident();

    void setMayOpenIncident(boolean mayOpenIncident);

    /** Where a firing alert's incident goes; null (rows from before it existed too) while the source opens none. */
    String getIncidentProject();

    void setIncidentProject(String incidentProject);

    /** The key of the user the source opens incidents as; null opens none, whatever MAY_OPEN_INCIDENT says. */
    String getActingUserKey();

    void setActingUserKey(String actingUserKey);

    String getActingUsername();

    void setActingUsername(String actingUsername);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getSecretRotatedAt();

    void setSecretRotatedAt(long secretRotatedAt);
}
