package io.debrief.plugin.rest;

import io.debrief.core.export.DebriefExports;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** An export as a download: its content type, an attachment file name, and never cached or sniffed. */
public final class ExportResponses {

    private ExportResponses() {}

    public static Response download(DebriefExports.Export export) {
        return Response.ok(export.body())
                .type(export.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(export.fileName()) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Debrief-Export-Count", export.count())
                .header("X-Debrief-Export-Total", export.total())
                .build();
    }

    /** A file name of letters, digits, dots, dashes and underscores only (issue keys are; anything else is not). */
    static String safe(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
