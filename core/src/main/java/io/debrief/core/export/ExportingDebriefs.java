package io.debrief.core.export;

import io.debrief.core.access.Viewer;
import io.debrief.core.debrief.LibraryQuery;

/**
 * Exporting published debriefs, as the incident's and the library's export endpoints see it. Implemented by
 * {@link DebriefExports}.
 */
public interface ExportingDebriefs {

    /** One published debrief in the format named {@code format} (md, xhtml, json). */
    DebriefExports.Export exportOne(String issueKey, String format, ExportWording words, Viewer viewer);

    /** The published debriefs the library shows {@code viewer} for {@code query}, newest first, as one file. */
    DebriefExports.Export exportLibrary(LibraryQuery query, String format, ExportWording words, Viewer viewer);
}
