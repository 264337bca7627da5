package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The content a timeline entry had before an edit; VERSION_KEY ("entryId:version") is unique, so two concurrent edits
 * of the same version cannot both be kept.
 */
@Preload
@Table("TL_VERSION")
public interface EntryVersionEntity extends Entity {

    @NotNull
    @Unique
    String getVersionKey();

    void setVersionKey(String versionKey);

    @NotNull
    @Indexed
    long getEntryId();

    void setEntryId(long entryId);

    @NotNull
    int getEntryVersion();

    void setEntryVersion(int entryVersion);

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

    String getEditedBy();

    void setEditedBy(String editedBy);

    @NotNull
    long getEditedAt();

    void setEditedAt(long editedAt);

    /**
     * Whether the moment is only approximately when it happened. Added after release 1.0: rows written before read
     * as exact (the column's default), so no upgrade task is needed.
     */
    @NotNull
    @Default("false")
    boolean isApproximate();

    void setApproximate(boolean approximate);
}
