package io.debrief.core.timeline;

import java.time.Instant;

/**
 * A person's request to add a manual entry to an incident's timeline.
 *
 * <p>REST maps an unknown wire kind to null, which is refused as "kind required".
 */
public record NewTimelineEntry(EntryKind kind, Instant at, String text, String link, boolean approximate)
        implements EntryContent {

    /** Content whose moment is exact. */
    public NewTimelineEntry(EntryKind kind, Instant at, String text, String link) {
        this(kind, at, text, link, false);
    }
}
