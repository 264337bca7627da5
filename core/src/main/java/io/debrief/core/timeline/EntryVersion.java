package io.debrief.core.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * The content a timeline entry had before an edit replaced it, so no edit silently loses anything.
 *
 * @param version the entry's version that had this content
 * @param editedBy the user key of whoever replaced this content
 * @param editedAt when it was replaced
 * @param approximate whether {@code at} was marked approximate
 */
public record EntryVersion(
        long entryId,
        int version,
        EntryKind kind,
        Instant at,
        String text,
        String link,
        String editedBy,
        Instant editedAt,
        boolean approximate) {

    public EntryVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    /** Content whose moment was exact. */
    public EntryVersion(
            long entryId,
            int version,
            EntryKind kind,
            Instant at,
            String text,
            String link,
            String editedBy,
            Instant editedAt) {
        this(entryId, version, kind, at, text, link, editedBy, editedAt, false);
    }

    /** The content of {@code entry} as it is now, replaced by {@code editedBy} at {@code editedAt}. */
    public static EntryVersion of(TimelineEntry entry, String editedBy, Instant editedAt) {
        return new EntryVersion(
                entry.id(),
                entry.version(),
                entry.kind(),
                entry.at(),
                entry.text(),
                entry.link(),
                editedBy,
                editedAt,
                entry.approximate());
    }
}
