package io.debrief.plugin.intake;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.intake.IncidentEvents;
import io.debrief.core.intake.StartCandidate;
import io.debrief.core.intake.StartProposal;
import io.debrief.core.intake.StoredEvent;
import io.debrief.core.intake.SuggestedEntry;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An incident's external events on its Timeline tab: suggested entries (accept, dismiss) and the proposed real start
 * (accept, reject). Nothing reaches the timeline without one of these calls.
 *
 * <p>Outcomes, in guard order: anonymous -> 401; the issue is missing or cannot be browsed -> 404; not an Incident ->
 * 409; decisions without the right to edit -> 403; an event that is not offered on this incident -> 404; one already
 * decided (another click or node was first) -> 409; accepting on a published debrief -> 409. A refused decision stores
 * nothing. Decisions accept JSON only, like the timeline's writes.
 */
@Path("incidents/{issueKey}/events")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IncidentEventsResource {

    private final IntakeApplication app;
    private final ViewerProvider viewers;

    @Inject
    public IncidentEventsResource(IntakeApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    /**
     * {@code {suggestions: [event + kind], start: {detectedAt, writtenStart, proposed, candidates: [event + reason,
     * minutesBeforeDetection]}}}; {@code proposed} is null when nothing is proposed.
     */
    @GET
    public Map<String, Object> events(@PathParam("issueKey") String issueKey) {
        IncidentEvents.View view = app.incidentEvents().view(issueKey, viewers.current());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "suggestions",
                view.suggestions().stream()
                        .map(IncidentEventsResource::suggestion)
                        .toList());
        json.put("start", start(view.start()));
        return json;
    }

    /** Adds the event as a timeline entry. Outcomes: 201 with the entry; otherwise as above. */
    @POST
    @Path("{eventId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(@PathParam("issueKey") String issueKey, @PathParam("eventId") long eventId) {
        return created(app.incidentEvents().accept(issueKey, eventId, viewers.current()));
    }

    /** Dismisses the suggestion (remembered). Outcomes: 204; otherwise as above. */
    @POST
    @Path("{eventId}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("issueKey") String issueKey, @PathParam("eventId") long eventId) {
        app.incidentEvents().dismiss(issueKey, eventId, viewers.current());
        return Response.noContent().build();
    }

    /** Records the candidate as the real start ({@code started} entry). Outcomes: 201 with the entry. */
    @POST
    @Path("{eventId}/start/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acceptStart(@PathParam("issueKey") String issueKey, @PathParam("eventId") long eventId) {
        return created(app.incidentEvents().acceptStart(issueKey, eventId, viewers.current()));
    }

    /** Rejects the candidate (remembered; the next one is proposed). Outcomes: 204; otherwise as above. */
    @POST
    @Path("{eventId}/start/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rejectStart(@PathParam("issueKey") String issueKey, @PathParam("eventId") long eventId) {
        app.incidentEvents().rejectStart(issueKey, eventId, viewers.current());
        return Response.noContent().build();
    }

    private static Response created(TimelineEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("kind", entry.kind().wireName());
        json.put("at", entry.at().toString());
        json.put("text", entry.text());
        json.put("link", entry.link());
        json.put("source", entry.source().wireName());
        json.put("sourceRef", entry.sourceRef());
        json.put("version", entry.version());
        return Response.status(Response.Status.CREATED).entity(json).build();
    }

    private static Map<String, Object> event(StoredEvent stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", stored.id());
        json.put("eventKind", stored.event().kind().wireName());
        json.put("title", stored.event().title());
        json.put("at", stored.event().at().toString());
        json.put("link", stored.event().link());
        json.put("source", stored.sourceKey());
        json.put("format", stored.format().wireName());
        return json;
    }

    private static Map<String, Object> suggestion(SuggestedEntry suggestion) {
        Map<String, Object> json = event(suggestion.event());
        json.put("kind", suggestion.kind().wireName());
        json.put("reason", suggestion.reason().wireName());
        return json;
    }

    private static Map<String, Object> candidate(StartCandidate candidate) {
        Map<String, Object> json = event(candidate.event());
        json.put("reason", candidate.reason().wireName());
        json.put("minutesBeforeDetection", candidate.minutesBeforeDetection());
        return json;
    }

    private static Map<String, Object> start(StartProposal start) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("detectedAt", start.detectedAt().toString());
        json.put(
                "writtenStart", start.writtenStartIfAny().map(Instant::toString).orElse(null));
        json.put(
                "proposed",
                start.proposed().map(IncidentEventsResource::candidate).orElse(null));
        json.put(
                "candidates",
                start.ranked().stream().map(IncidentEventsResource::candidate).toList());
        return json;
    }
}
