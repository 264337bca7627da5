package io.debrief.core.export;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.debrief.BrowsingLibrary;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedDebrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exports published debriefs through the library, so an export shows exactly what the library shows the reader: the
 * same permission checks (issue security included), the frozen record, and only the action items they may browse.
 *
 * <p>Outcomes, in order: anonymous 401; a format other than md, xhtml or json 400 on {@code format}; then for one
 * debrief the library's 404 (unknown, not browsable, not an incident, not published); for the library the debriefs
 * its search returns for the query, the newest {@link #MAX_EXPORTED} of them.
 */
public final class DebriefExports implements ExportingDebriefs {

    /** The most debriefs one library export holds (each one is opened as the reader). */
    public static final int MAX_EXPORTED = 100;
    /** Argument {0}: the accepted formats. */
    public static final String FORMAT_UNKNOWN = "debrief.error.export.format";

    private static final int PAGE = 50;

    private final BrowsingLibrary library;

    public DebriefExports(BrowsingLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /** An export: the file's name and content type, its text, and how many debriefs it holds of how many matched. */
    public record Export(String fileName, String mediaType, String body, int count, long total) {
        public Export {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(body, "body");
        }
    }

    @Override
    public Export exportOne(String issueKey, String format, ExportWording words, Viewer viewer) {
        ExportFormat chosen = format(format, viewer);
        PublishedDebrief debrief = library.open(issueKey, viewer);
        String key = debrief.view().incident().key();
        return new Export(
                "debrief-" + key + "." + chosen.extension(),
                chosen.mediaType(),
                DebriefRenderer.of(chosen, words).one(debrief),
                1,
                1);
    }

    @Override
    public Export exportLibrary(LibraryQuery query, String format, ExportWording words, Viewer viewer) {
        ExportFormat chosen = format(format, viewer);
        List<PublishedDebrief> debriefs = new ArrayList<>();
        long total = 0;
        int start = 0;
        while (debriefs.size() < MAX_EXPORTED) {
            Page<LibraryEntry> page = library.search(
                    new LibraryQuery(
                            query.text(),
                            query.projectKey(),
                            query.severity(),
                            query.month(),
                            new PageRequest(start, PAGE)),
                    viewer);
            total = Math.max(total, page.total());
            for (LibraryEntry entry : page.items()) {
                if (debriefs.size() == MAX_EXPORTED) {
                    break;
                }
                try {
                    debriefs.add(library.open(entry.incident().key(), viewer));
                } catch (NotFoundException goneSinceTheSearch) {
                    // unpublished, moved or hidden between the search and the read: not exported, not counted
                    total = Math.max(0, total - 1);
                }
            }
            start += PAGE;
            if (page.items().isEmpty() || !page.hasMore()) {
                break;
            }
        }
        total = Math.max(total, debriefs.size());
        return new Export(
                "debriefs." + chosen.extension(),
                chosen.mediaType(),
                DebriefRenderer.of(chosen, words).many(debriefs, total),
                debriefs.size(),
                total);
    }

    private static ExportFormat format(String format, Viewer viewer) {
        if (viewer == null || viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        return ExportFormat.fromWire(format)
                .orElseThrow(() -> InvalidInputException.of("format", FORMAT_UNKNOWN, ExportFormat.accepted()));
    }
}
