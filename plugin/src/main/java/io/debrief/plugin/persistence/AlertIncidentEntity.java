package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An incident an alert opened, as two kinds of row: OPENED (the firing event's claim, then the issue it created) and
 * RESOLVED (the event whose resolution was recorded). LINK_KEY (source, alert key, sequence and role, hashed) is
 * unique, so two nodes receiving the same alert claim, and record its resolution, once.
 */
@Table("ALERT_INCIDENT")
public interface AlertIncidentEntity extends Entity {

    @NotNull
    @Unique
    String getLinkKey();

    void setLinkKey(String linkKey);

    @NotNull
    String getSourceKey();

    void setSourceKey(String sourceKey);

    /** The source key and alert key, hashed: what the rows of one alert are read by. */
    @NotNull
    @Indexed
    String getAlertHash();

    void setAlertHash(String alertHash);

    @NotNull
    String getAlertKey();

    void setAlertKey(String alertKey);

    @NotNull
    int getAlertSequence();

    void setAlertSequence(int alertSequence);

    /** OPENED or RESOLVED. */
    @NotNull
    String getLinkRole();

    void setLinkRole(String linkRole);

    @NotNull
    long getEventId();

    void setEventId(long eventId);

    @NotNull
    long getHappenedAt();

    void setHappenedAt(long happenedAt);

    Long getIssueId();

    void setIssueId(Long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    String getProjectKey();

    void setProjectKey(String projectKey);
}
