package io.debrief.plugin.incident;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.core.timeline.TimelineEdit;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.rest.IncidentInput;
import io.debrief.plugin.rest.QueryParams;
import io.debrief.plugin.rest.json.JsonInput;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An incident's timeline: read it with its facts, add, edit, delete and restore manual entries.
 *
 * <p>Every method's outcomes, in guard order: anonymous -> 401; the issue is missing or cannot be browsed -> 404;
 * not an Incident -> 409; writes without the right to edit -> 403; bad input -> 400 naming the field; the debrief
 * is published (timeline frozen) or a version is stale -> 409. A refused write stores nothing. Writes accept JSON
 * only; one without a JSON body or the X-Atlassian-Token header is 403 before it gets here
 * ({@link io.debrief.plugin.rest.json.WritesNeedJson}).
 */
@Path("incidents/{issueKey}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IncidentTimelineResource {

    /**
     * A new or edited entry: kind by wire name, instant in ISO-8601; {@code approximate} true/false (absent: false);
     * {@code version} only for edits.
     */
    public record TimelineEntryRequest(
            @JsonProperty("kind") String kind,
            @JsonProperty("at") String at,
            @JsonProperty("text") String text,
            @JsonProperty("link") String link,
            @JsonProperty("version") String version,
            @JsonProperty("approximate") String approximate) {

        public TimelineEntryRequest(String kind, String at, String text, String link, String version) {
            this(kind, at, text, link, version, null);
        }
    }

    private final GuardingIncidents incidents;
    private final RecordingTimeline timeline;
    private final ViewerProvider viewers;
    private final IncidentPages pages;

    @Inject
    public IncidentTimelineResource(
            GuardingIncidents incidents,
            RecordingTimeline timeline,
            WritingDebrief debriefs,
            TrackingActionItems actionItems,
            ViewerProvider viewers,
            Messages messages) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.viewers = viewers;
        this.pages = new IncidentPages(timeline, debriefs, actionItems, messages, ZoneId.of("UTC"));
    }

    /**
     * The timeline in order (derived entries marked), its facts against the targets, and findings.
     * Outcomes: 200; anonymous -> 401; cannot browse -> 404; not an Incident -> 409;
     * {@code includeDeleted=true} without the right to edit -> 403; includeDeleted other than true/false -> 400.
     */
    @GET
    public TimelineView timeline(
            @PathParam("issueKey") String issueKey, @QueryParam("includeDeleted") String includeDeleted) {
        QueryParams params = new QueryParams();
        boolean withDeleted = params.flag("includeDeleted", includeDeleted, false);
        if (!params.isValid()) {
            incidents.toRead(issueKey, viewers.current());
            params.throwIfInvalid();
        }
        return pages.timeline(issueKey, viewers.current(), withDeleted);
    }

    /**
     * Adds a manual entry {@code {kind, at, text, link, approximate}}. Outcomes: 201 with the entry; 401; 404; 409
     * not an Incident; 403 cannot edit; 400 (kind missing/unknown/not manual, at missing/invalid/over a day ahead,
     * text missing/over 32 kB, link not http(s), approximate not true/false); 409 published.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("issueKey") String issueKey, TimelineEntryRequest body) {
        TimelineEntryRequest given = orEmpty(body);
        JsonInput in = new JsonInput();
        EntryKind kind = kind(in, given.kind());
        Instant at = in.optionalInstant("at", given.at()).orElse(null);
        boolean approximate = in.flag("approximate", given.approximate());
        IncidentInput.throwIfInvalid(in, incidents, issueKey, viewers.current());
        TimelineEntry added = timeline.add(
                issueKey, new NewTimelineEntry(kind, at, given.text(), given.link(), approximate), viewers.current());
        return Response.status(Response.Status.CREATED)
                .entity(pages.entry(added))
                .build();
    }

    /**
     * Replaces a manual entry's content; {@code version} is the version the editor saw. Outcomes: 200 with the entry;
     * 401; 404 (also for an unknown entry); 409 not an Incident; 403; 400 as for adding, and version missing;
     * 409 stale version, derived or deleted entry, or published.
     */
    @PUT
    @Path("{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimelineEntryView edit(
            @PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId, TimelineEntryRequest body) {
        TimelineEntryRequest given = orEmpty(body);
        JsonInput in = new JsonInput();
        EntryKind kind = kind(in, given.kind());
        Instant at = in.optionalInstant("at", given.at()).orElse(null);
        Integer version = in.version(given.version());
        boolean approximate = in.flag("approximate", given.approximate());
        IncidentInput.throwIfInvalid(in, incidents, issueKey, viewers.current());
        return pages.entry(timeline.edit(
                issueKey,
                entryId,
                new TimelineEdit(kind, at, given.text(), given.link(), approximate),
                version,
                viewers.current()));
    }

    /** Soft-deletes an entry (restorable). Outcomes: 200 with the entry; 401; 404; 409; 403; 409 published. */
    @DELETE
    @Path("{entryId}")
    public TimelineEntryView delete(@PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId) {
        return pages.entry(timeline.delete(issueKey, entryId, viewers.current()));
    }

    /** Restores a deleted entry. Outcomes: 200 with the entry; 401; 404; 409; 403; 409 published. */
    @POST
    @Path("{entryId}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimelineEntryView restore(@PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId) {
        return pages.entry(timeline.restore(issueKey, entryId, viewers.current()));
    }

    /**
     * The earlier contents of an entry, oldest first: {@code {versions: [{version, kind, at, text, link, editedBy,
     * editedAt, approximate}]}}. Outcomes: 200; 401; 404; 409 not an Incident.
     */
    @GET
    @Path("{entryId}/versions")
    public EntryVersionsView versions(@PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId) {
        Viewer viewer = viewers.current();
        return new EntryVersionsView(timeline.history(issueKey, entryId, viewer).stream()
                .map(IncidentTimelineResource::version)
                .toList());
    }

    private static EntryVersionsView.Version version(EntryVersion version) {
        return new EntryVersionsView.Version(
                version.version(),
                version.kind().wireName(),
                JsonOutput.instant(version.at()),
                version.text(),
                version.link(),
                version.editedBy(),
                JsonOutput.instant(version.editedAt()),
                version.approximate());
    }

    /** Blank is left to core ("choose a kind"); an unknown name is refused here, listing the manual kinds. */
    private static EntryKind kind(JsonInput in, String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        EntryKind kind = EntryKind.fromWire(wire).orElse(null);
        String manual = Arrays.stream(EntryKind.values())
                .filter(EntryKind::isManual)
                .map(EntryKind::wireName)
                .collect(Collectors.joining(", "));
        in.check(kind != null, "kind", JsonInput.VALUE_UNKNOWN, manual);
        return kind;
    }

    private static TimelineEntryRequest orEmpty(TimelineEntryRequest body) {
        return body == null ? new TimelineEntryRequest(null, null, null, null, null, null) : body;
    }
}
