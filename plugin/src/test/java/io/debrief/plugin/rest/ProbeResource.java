package io.debrief.plugin.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.ValidationError;
import io.debrief.plugin.rest.json.JsonInput;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A test-only resource that fails in every way a real one can, to pin down what clients receive. */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** Where a timeline entry came from, to exercise enum wire names. */
    public enum Source {
        MANUAL,
        JIRA_HISTORY
    }

    /** A request body as feature DTOs will look: strings for instants and enums. */
    public record EventBody(
            @JsonProperty("at") String at,
            @JsonProperty("source") String source,
            @JsonProperty("text") String text) {}

    /** The answer, instants written back by {@link JsonOutput}. */
    public record EventView(
            @JsonProperty("at") String at,
            @JsonProperty("source") String source,
            @JsonProperty("text") String text) {}

    private final ViewerProvider viewers;

    @Inject
    public ProbeResource(ViewerProvider viewers) {
        this.viewers = viewers;
    }

    @GET
    @Path("whoami")
    public Map<String, Object> whoami() {
        Viewer viewer = viewers.current();
        String user = viewer.user()
                .orElseThrow(() -> new NotAuthenticatedException("debrief.error.login.required"))
                .key();
        return Map.of("user", user, "admin", viewer.isAdmin());
    }

    @GET
    @Path("refused/{kind}")
    public String refused(@PathParam("kind") String kind) {
        switch (kind) {
            case "anonymous":
                throw new NotAuthenticatedException("debrief.error.login.required");
            case "forbidden":
                throw new ForbiddenException("debrief.error.forbidden");
            case "missing":
                throw new NotFoundException("debrief.error.not.found");
            case "conflict":
                throw new ConflictException("debrief.error.not.incident");
            case "unknown-key":
                throw new ConflictException("debrief.error.no.such.text");
            case "host-forbidden":
                throw new jakarta.ws.rs.ForbiddenException("host security filter said no");
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    @GET
    @Path("invalid")
    public String invalid() {
        throw new InvalidInputException(List.of(
                ValidationError.of("title", "debrief.error.field.too.long", 255),
                ValidationError.of("severity", "debrief.error.no.such.text")));
    }

    @GET
    @Path("crash")
    public String crash() {
        throw new IllegalStateException("password=hunter2 at db.internal:5432");
    }

    @POST
    @Path("events")
    public EventView addEvent(EventBody body) {
        JsonInput in = new JsonInput();
        in.required("body", body);
        if (body == null) {
            in.throwIfInvalid();
        }
        Instant at = in.instant("at", body.at());
        Source source = in.enumValue("source", body.source(), Source.class);
        String text = in.text("text", body.text(), 20);
        in.throwIfInvalid();
        return new EventView(JsonOutput.instant(at), JsonOutput.wireName(source), text);
    }
}
