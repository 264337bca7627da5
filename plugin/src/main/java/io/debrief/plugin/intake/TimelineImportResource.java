package io.debrief.plugin.intake;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.intake.TimelineImport;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole timeline written elsewhere, imported into an incident as one JSON document
 * ({@code docs/schema/timeline-import.schema.json}, rules in {@link TimelineImport}).
 *
 * <p>Who may call it: anyone licensed who may edit the incident's timeline. Outcomes, in guard order: anonymous ->
 * 401; the issue is missing or cannot be browsed -> 404; not an Incident -> 409; without the right to edit -> 403; a
 * bad document -> 400 naming every refused field by its path ({@code entries[3].at}), nothing written; the debrief is
 * published (timeline frozen) -> 409; otherwise 200 {@code {added, unchanged, entries}}, all added in one
 * transaction. The same document again adds nothing ({@code added: 0}).
 */
@Path("incidents/{issueKey}/timeline/import")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TimelineImportResource {

    private final IntakeApplication app;
    private final ViewerProvider viewers;

    @Inject
    public TimelineImportResource(IntakeApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> importTimeline(@PathParam("issueKey") String issueKey, String document) {
        TimelineImport.Result result = app.timelineImport().importDocument(issueKey, document, viewers.current());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added", result.added().size());
        json.put("unchanged", result.unchanged());
        json.put(
                "entries",
                result.added().stream().map(TimelineImportResource::entry).toList());
        return json;
    }

    private static Map<String, Object> entry(TimelineEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("kind", entry.kind().wireName());
        json.put("at", entry.at().toString());
        json.put("text", entry.text());
        json.put("link", entry.link());
        json.put("source", entry.source().wireName());
        json.put("sourceRef", entry.sourceRef());
        return json;
    }
}
