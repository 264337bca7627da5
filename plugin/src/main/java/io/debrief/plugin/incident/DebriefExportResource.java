package io.debrief.plugin.incident;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.export.ExportingDebriefs;
import io.debrief.plugin.rest.ExportResponses;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.ExportText;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** A published debrief as a file: Markdown, Confluence storage format (XHTML) or the timeline import's JSON. */
@Path("incidents/{issueKey}/export")
@LicensedOnly
public class DebriefExportResource {

    private final ExportingDebriefs exports;
    private final ViewerProvider viewers;
    private final ExportText words;

    @Inject
    public DebriefExportResource(ExportingDebriefs exports, ViewerProvider viewers, Messages messages) {
        this.exports = exports;
        this.viewers = viewers;
        this.words = new ExportText(messages);
    }

    /**
     * {@code GET /incidents/{key}/export?format=md|xhtml|json}: the published debrief as the library shows it to the
     * reader (its frozen record, the action items they may browse), as an attachment {@code debrief-KEY.ext}.
     *
     * <p>Outcomes: anonymous -> 401; format missing or not md, xhtml or json -> 400 naming {@code format}; unknown,
     * not browsable, not an incident or not published -> 404; otherwise 200 with the file.
     */
    @GET
    @Produces({"text/markdown", "application/xhtml+xml", "application/json"})
    public Response export(@PathParam("issueKey") String issueKey, @QueryParam("format") String format) {
        return ExportResponses.download(exports.exportOne(issueKey, format, words, viewers.current()));
    }
}
