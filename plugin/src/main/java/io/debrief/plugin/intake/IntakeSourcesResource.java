package io.debrief.plugin.intake;

import com.atlassian.annotations.security.AdminOnly;
import io.debrief.core.intake.EventSourceAdmin;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The event sources, for administrators: create (secret shown once), change, rotate the secret, remove. */
@Path("intake-sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class IntakeSourcesResource {

    private final IntakeApplication app;
    private final ViewerProvider viewers;

    @Inject
    public IntakeSourcesResource(IntakeApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    /** Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 [source] by key, without secrets. */
    @GET
    public List<SourceJson.View> list() {
        return app.sources().list(viewers.current()).stream()
                .map(SourceJson.View::of)
                .toList();
    }

    /**
     * Outcomes: anonymous -> 401; not an administrator -> 403; a bad value -> 400 naming each field (key, name,
     * format, signingSecret, mayOpenIncident, incidentProject, actingUser, mappings[i].label|value|projectKey|component)
     * and nothing stored; key taken -> 409; otherwise 201 {source, secret}: the secret is shown this once. With
     * mayOpenIncident "true", incidentProject must be one of the mapping's projects and actingUser a Jira user who may
     * create issues there (asked of Jira as that user), else 400 naming the field.
     */
    @POST
    public Response create(SourceJson body) {
        SourceJson in = body == null ? new SourceJson(null, null, null, null, null, null) : body;
        EventSourceAdmin.WithSecret created = app.sources().create(in.toForm(), viewers.current());
        return Response.status(Response.Status.CREATED)
                .entity(withSecret(created))
                .build();
    }

    /**
     * Changes name, format, signing secret (blank keeps it), mapping and the incident settings (mayOpenIncident,
     * incidentProject, actingUser, checked as on create); the key and the secret stay. Outcomes: 401/403 as above; unknown key -> 404; a bad value -> 400 by field; otherwise 200 source.
     */
    @PUT
    @Path("{key}")
    public SourceJson.View update(@PathParam("key") String key, SourceJson body) {
        SourceJson in = body == null ? new SourceJson(null, null, null, null, null, null) : body;
        return SourceJson.View.of(app.sources().update(key, in.toForm(), viewers.current()));
    }

    /**
     * A new secret at once (the old one stops working). Outcomes: 401/403 as above; unknown key -> 404; otherwise 200
     * {source, secret}.
     */
    @POST
    @Path("{key}/secret")
    public SourceJson.WithSecret rotateSecret(@PathParam("key") String key) {
        return withSecret(app.sources().rotateSecret(key, viewers.current()));
    }

    /** Outcomes: 401/403 as above; unknown key -> 404; otherwise 204 (its events stay until retention). */
    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        app.sources().delete(key, viewers.current());
        return Response.noContent().build();
    }

    private static SourceJson.WithSecret withSecret(EventSourceAdmin.WithSecret created) {
        return new SourceJson.WithSecret(SourceJson.View.of(created.source()), created.secret());
    }
}
