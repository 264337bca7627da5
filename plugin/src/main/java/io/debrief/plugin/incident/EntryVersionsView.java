package io.debrief.plugin.incident;

import java.util.List;

/** The earlier contents of a timeline entry, oldest first ({@code GET .../timeline/{id}/versions}). */
public record EntryVersionsView(List<Version> versions) {

    /** One earlier content: instants in ISO-8601, kind by wire name, who replaced it and when, approximate or not. */
    public record Version(
            int version,
            String kind,
            String at,
            String text,
            String link,
            String editedBy,
            String editedAt,
            boolean approximate) {}
}
