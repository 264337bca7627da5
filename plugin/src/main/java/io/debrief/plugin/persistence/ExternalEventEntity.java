package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One external event; EVENT_KEY (a hash of source key and the sender's event id) is unique, which is what keeps a
 * delivery sent twice, or to two nodes at once, stored once.
 */
@Table("EXT_EVENT")
public interface ExternalEventEntity extends Entity {

    @NotNull
    @Unique
    String getEventKey();

    void setEventKey(String eventKey);

    @NotNull
    String getSourceKey();

    void setSourceKey(String sourceKey);

    @NotNull
    String getFormat();

    void setFormat(String format);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEventId();

    void setEventId(String eventId);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getLink();

    void setLink(String link);

    @NotNull
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** Labels, one "name=value" a line with newlines and backslashes escaped (see AoExternalEventLog). */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String labels);

    /** Mentioned issue keys as ",OPS-12,OPS-40," so one LIKE finds a key. */
    @StringLength(StringLength.UNLIMITED)
    String getMentions();

    void setMentions(String mentions);

    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    String getComponent();

    void setComponent(String component);

    @NotNull
    @Indexed
    long getReceivedAt();

    void setReceivedAt(long receivedAt);
}
