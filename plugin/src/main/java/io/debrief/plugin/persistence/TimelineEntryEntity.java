package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One manual timeline entry row; read by incident id only (indexed), never by scanning the table. */
@Preload
@Table("TL_ENTRY")
public interface TimelineEntryEntity extends Entity {

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getLink();

    void setLink(String link);

    @NotNull
    String getSource();

    void setSource(String source);

    String getSourceRef();

    void setSourceRef(String sourceRef);

    @NotNull
    int getEntryVersion();

    void setEntryVersion(int entryVersion);

    @NotNull
    boolean isDeleted();

    void setDeleted(boolean deleted);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long recordedAt);

    /**
     * Whether the moment is only approximately when it happened. Added after release 1.0: rows written before read
     * as exact (the column's default), so no upgrade task is needed.
     */
    @NotNull
    @Default("false")
    boolean isApproximate();

    void setApproximate(boolean approximate);
}
