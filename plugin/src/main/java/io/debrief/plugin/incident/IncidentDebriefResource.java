package io.debrief.plugin.incident;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.DebriefEdit;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.plugin.rest.IncidentInput;
import io.debrief.plugin.rest.json.JsonInput;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;

/**
 * An incident's debrief: read it with its standard answers and lint hints, write impact and analysis, hold and
 * publish it. Every answer is the Debrief tab's data ({@link io.debrief.plugin.incident.DebriefViewModel}).
 *
 * <p>Outcomes, in guard order: anonymous -> 401; missing or not browsable -> 404; not an Incident -> 409; writes
 * without the right to edit -> 403; bad input -> 400 naming the field; published -> 409; stale version -> 409; a
 * step that does not fit the state (hold twice, publish before holding, hold without analysis) -> 409. A refused
 * write stores nothing.
 */
@Path("incidents/{issueKey}/debrief")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IncidentDebriefResource {

    /** Impact as written: free text but the count (a whole number, or blank for unknown). */
    public record ImpactRequest(
            @JsonProperty("affected") String affected,
            @JsonProperty("count") String count,
            @JsonProperty("duration") String duration,
            @JsonProperty("cost") String cost) {}

    /** The complete new content and the version the writer saw. */
    public record DebriefRequest(
            @JsonProperty("impact") ImpactRequest impact,
            @JsonProperty("analysis") String analysis,
            @JsonProperty("autoResolved") String autoResolved,
            @JsonProperty("version") String version) {}

    /** A step (hold, publish) on the version the writer saw. */
    public record VersionRequest(@JsonProperty("version") String version) {}

    /**
     * Holding on the version the writer saw; {@code override} is the reason to hold although the timeline's facts
     * are out of order (kept with the debrief), absent otherwise; {@code lintSeen} true when the holder confirmed
     * having seen the blameless-lint hints (the debrief records how many there were).
     */
    public record HoldRequest(
            @JsonProperty("version") String version,
            @JsonProperty("override") String override,
            @JsonProperty("lintSeen") String lintSeen) {}

    static final String COUNT_INVALID = "debrief.error.impact.count.invalid";

    private final GuardingIncidents incidents;
    private final WritingDebrief debriefs;
    private final ViewerProvider viewers;
    private final IncidentPages pages;

    @Inject
    public IncidentDebriefResource(
            GuardingIncidents incidents,
            RecordingTimeline timeline,
            WritingDebrief debriefs,
            TrackingActionItems actionItems,
            ViewerProvider viewers,
            Messages messages) {
        this.incidents = incidents;
        this.debriefs = debriefs;
        this.viewers = viewers;
        this.pages = new IncidentPages(timeline, debriefs, actionItems, messages, ZoneId.of("UTC"));
    }

    /** The debrief page's data. Outcomes: 200; 401; 404; 409 not an Incident. */
    @GET
    public DebriefTabView debrief(@PathParam("issueKey") String issueKey) {
        return pages.debrief(issueKey, viewers.current());
    }

    /**
     * Replaces impact, analysis and the auto-resolved answer. Outcomes: 200 with the debrief; 401; 404; 409 not an
     * Incident; 403; 400 (version missing, autoResolved not yes/no/unanswered, impact.count not a whole number
     * or negative, texts too long); 409 published or stale.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DebriefTabView update(@PathParam("issueKey") String issueKey, DebriefRequest body) {
        Viewer viewer = viewers.current();
        DebriefRequest given = body == null ? new DebriefRequest(null, null, null, null) : body;
        ImpactRequest impact = given.impact() == null ? new ImpactRequest(null, null, null, null) : given.impact();
        JsonInput in = new JsonInput();
        AutoResolved autoResolved = autoResolved(in, given.autoResolved());
        Long count = count(in, impact.count());
        Integer version = in.version(given.version());
        IncidentInput.throwIfInvalid(in, incidents, issueKey, viewer);
        DebriefEdit edit = new DebriefEdit(
                new Impact(impact.affected(), count, impact.duration(), impact.cost()), given.analysis(), autoResolved);
        return pages.debrief(debriefs.update(issueKey, edit, version, viewer), viewer);
    }

    /**
     * Records that the debrief meeting took place. Outcomes: 200 with the debrief; 401; 404; 409 not an Incident;
     * 403; 400 version missing, override too long or lintSeen not true/false; 409 published, stale, already held,
     * not resolved, no analysis, or a timeline out of order without an override.
     */
    @POST
    @Path("hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public DebriefTabView hold(@PathParam("issueKey") String issueKey, HoldRequest body) {
        Viewer viewer = viewers.current();
        HoldRequest given = body == null ? new HoldRequest(null, null, null) : body;
        JsonInput in = new JsonInput();
        Integer version = in.version(given.version());
        String lintSeen = given.lintSeen() == null ? "false" : given.lintSeen().strip();
        in.check(lintSeen.equals("true") || lintSeen.equals("false"), "lintSeen", "debrief.error.field.invalid");
        IncidentInput.throwIfInvalid(in, incidents, issueKey, viewer);
        DebriefView held = debriefs.hold(issueKey, version, given.override(), lintSeen.equals("true"), viewer);
        return pages.debrief(held, viewer);
    }

    /**
     * Publishes a held debrief to everyone who can browse the project; final. Outcomes: 200 with the debrief; 401;
     * 404; 409 not an Incident; 403; 400 version missing; 409 published, stale or not held.
     */
    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public DebriefTabView publish(@PathParam("issueKey") String issueKey, VersionRequest body) {
        Viewer viewer = viewers.current();
        int version = version(issueKey, body, viewer);
        return pages.debrief(debriefs.publish(issueKey, version, viewer), viewer);
    }

    private int version(String issueKey, VersionRequest body, Viewer viewer) {
        JsonInput in = new JsonInput();
        Integer version = in.version(body == null ? null : body.version());
        IncidentInput.throwIfInvalid(in, incidents, issueKey, viewer);
        return version;
    }

    /** Absent means not answered yet; anything but yes/no/unanswered is refused. */
    private static AutoResolved autoResolved(JsonInput in, String wire) {
        if (wire == null || wire.isBlank()) {
            return AutoResolved.UNANSWERED;
        }
        AutoResolved answer = AutoResolved.fromWire(wire).orElse(null);
        in.check(answer != null, "autoResolved", JsonInput.VALUE_UNKNOWN, "yes, no, unanswered");
        return answer;
    }

    /** Blank means unknown; otherwise a whole number (core refuses negatives). */
    private static Long count(JsonInput in, String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(wire.strip());
        } catch (NumberFormatException notANumber) {
            in.check(false, "impact.count", COUNT_INVALID);
            return null;
        }
    }
}
