package io.debrief.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feature module as the feature helpers will write one, registered in the test classpath's
 * {@code META-INF/services}: a REST resource with an injected object, a tab rendered by a plugin-style Soy
 * template with getText, a job and a seed hook. Tests observe it through {@link #STATE}.
 */
public final class ProbeModule implements SandboxModule {

    /** What the host did with the module, for assertions. */
    static final class State {
        final AtomicInteger jobRuns = new AtomicInteger();
        volatile int seededIncidents = -1;
    }

    static final State STATE = new State();

    @Override
    public List<Class<?>> restResources() {
        return List.of(ProbeResource.class);
    }

    @Override
    public void bind(SandboxContext context, Bindings bindings) {
        bindings.bind(State.class, STATE);
    }

    @Override
    public List<IssueTab> issueTabs(SandboxContext context) {
        return List.of(
                new IssueTab(
                        "probe",
                        "probe.tab.label",
                        (issue, viewer) -> context.soy()
                                .render(
                                        "debrief.probe.panel",
                                        Map.of(
                                                "key",
                                                issue.key(),
                                                "user",
                                                viewer.user().map(u -> u.key()).orElse("")))),
                new IssueTab("never", "probe.tab.label", (issue, viewer) -> "never shown", (issue, viewer) -> false));
    }

    @Override
    public List<SandboxPage> pages(SandboxContext context) {
        return List.of(new SandboxPage("/probe-page", "probe.tab.label", (params, viewer) -> {
            if (viewer.isAnonymous()) {
                throw new SandboxPage.Refused(401, "Log in first.");
            }
            return "<p id=\"probe-page\">Probe page for "
                    + viewer.user().orElseThrow().key() + "</p>";
        }));
    }

    @Override
    public List<SandboxJob> jobs(SandboxContext context) {
        return List.of(new SandboxJob("probe", STATE.jobRuns::incrementAndGet));
    }

    @Override
    public void seed(SeedContext seed) {
        STATE.seededIncidents = seed.seededIncidents().size();
    }

    /** Answers who asks; proves injection of module bindings and the per-request viewer. */
    @Path("probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProbeResource {
        private final Person viewer;
        private final State state;

        @Inject
        public ProbeResource(Person viewer, State state) {
            this.viewer = viewer;
            this.state = state;
        }

        @GET
        public Map<String, Object> get() {
            return Map.of("user", viewer.user().orElseThrow().key(), "jobRuns", state.jobRuns.get());
        }

        @POST
        @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
        public Map<String, Object> post(String body) {
            return Map.of("received", body);
        }
    }
}
