package io.debrief.plugin.library;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.export.ExportingDebriefs;
import io.debrief.plugin.rest.ExportResponses;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.ExportText;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The library's filtered selection of published debriefs as one file, in the formats a single debrief exports in. */
@Path("library/export")
@LicensedOnly
public class LibraryExportResource {

    private final ExportingDebriefs exports;
    private final ViewerProvider viewers;
    private final ExportText words;

    @Inject
    public LibraryExportResource(ExportingDebriefs exports, ViewerProvider viewers, Messages messages) {
        this.exports = exports;
        this.viewers = viewers;
        this.words = new ExportText(messages);
    }

    /**
     * {@code GET /library/export?format=md|xhtml|json&q=&project=&severity=&month=}: the published debriefs the library
     * lists for these filters, newest first, at most {@link io.debrief.core.export.DebriefExports#MAX_EXPORTED}; one
     * file ({@code debriefs.ext}): Markdown or XHTML sections one after another, or a JSON array of import documents.
     * Headers {@code X-Debrief-Export-Count} and {@code -Total} say how many it holds of how many matched.
     *
     * <p>Outcomes: anonymous -> 401; a bad filter -> 400 naming it (as {@code GET /library}); a bad format -> 400
     * naming {@code format}; otherwise 200, holding only debriefs the reader may browse (none hidden, none counted).
     */
    @GET
    @Produces({"text/markdown", "application/xhtml+xml", "application/json"})
    public Response export(
            @QueryParam("format") String format,
            @QueryParam("q") String text,
            @QueryParam("project") String project,
            @QueryParam("severity") String severity,
            @QueryParam("month") String month) {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        LibraryQuery query = LibraryResource.query(text, project, severity, month, null, null);
        return ExportResponses.download(exports.exportLibrary(query, format, words, viewer));
    }
}
