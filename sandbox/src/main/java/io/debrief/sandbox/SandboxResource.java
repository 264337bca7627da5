package io.debrief.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The sandbox's own REST API under {@code /rest/sandbox/1.0} (what Jira's {@code /rest/api/2} is to scripts):
 * who am I, and the issues I may see. Anonymous callers never get here (401 from {@link AuthFilter}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

    private final Person viewer;
    private final SandboxIssues issues;

    @Inject
    public SandboxResource(Person viewer, SandboxIssues issues) {
        this.viewer = viewer;
        this.issues = issues;
    }

    /** The caller's user key, display name and whether they administer the sandbox. */
    @GET
    @Path("myself")
    public Myself myself() {
        return new Myself(
                viewer.user().orElseThrow().key(), viewer.user().orElseThrow().displayName(), viewer.isAdmin());
    }

    /** Issues the caller may browse, newest first. */
    @GET
    @Path("issues")
    public List<SandboxIssue> issues(@QueryParam("project") String project, @QueryParam("type") String type) {
        return issues.list(viewer, project, type);
    }

    /** One issue: 404 when missing or not browsable (as Jira: the two are not told apart). */
    @GET
    @Path("issues/{key}")
    public Response issue(@PathParam("key") String key) {
        return issues.byKey(key)
                .filter(i -> viewer.canBrowse(i.ref()))
                .map(i -> Response.ok(i).build())
                .orElseGet(() -> Response.status(404).build());
    }

    /** The caller as the sandbox knows them. */
    public record Myself(String name, String displayName, boolean admin) {}
}
