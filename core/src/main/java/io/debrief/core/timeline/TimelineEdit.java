package io.debrief.core.timeline;

import java.time.Instant;

/** A person's change to an existing manual entry: the complete new content, held to the same rules as a new one. */
public record TimelineEdit(EntryKind kind, Instant at, String text, String link, boolean approximate)
        implements EntryContent {

    /** Content whose moment is exact. */
    public TimelineEdit(EntryKind kind, Instant at, String text, String link) {
        this(kind, at, text, link, false);
    }
}
