package io.debrief.sandbox.debrief;

import io.debrief.plugin.CheckpointSchedule;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.incident.IncidentTabs;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.plugin.web.page.DebriefAdminServlet;
import io.debrief.plugin.web.page.DebriefLibraryServlet;
import io.debrief.plugin.web.rest.RestProviders;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import io.debrief.sandbox.Bindings;
import io.debrief.sandbox.ClasspathScanner;
import io.debrief.sandbox.IssueTab;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxJob;
import io.debrief.sandbox.SandboxModule;
import io.debrief.sandbox.SandboxPage;
import io.debrief.sandbox.SandboxServlet;
import io.debrief.sandbox.SeedContext;
import jakarta.ws.rs.Path;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * Debrief for Jira in the sandbox: the plugin's real composition root, REST resources, Soy views and JS on the
 * sandbox's issues, users, clock and database.
 */
public final class DebriefSandboxModule implements SandboxModule {

    static final String REVIEW_PATH = "/debrief/review";
    /** Where atlassian-plugin.xml mounts the admin page ({@code <servlet key="debrief-admin">}). */
    static final String ADMIN_PATH = "/plugins/servlet/debrief/admin";

    /** Where Jira's REST v2 scanning finds the plugin's resources ({@code <rest path="/debrief" ...>}). */
    static final String REST_PACKAGE = "io/debrief/plugin/web/rest/";

    private volatile DebriefWiring wiring;

    @Override
    public List<Class<? extends RawEntity<?>>> entities() {
        return List.of(IssuePropertyEntity.class);
    }

    @Override
    public List<Class<?>> restResources() {
        List<Class<?>> classes = new ArrayList<>(resourceClasses());
        classes.addAll(RestProviders.classes());
        return classes;
    }

    /** Every public {@code @Path} class directly in the plugin's REST package, as Jira's package scan finds them. */
    static List<Class<?>> resourceClasses() {
        ClassLoader loader = DebriefSandboxModule.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        for (String path : ClasspathScanner.list(loader, REST_PACKAGE, ".class")) {
            String name = path.substring(REST_PACKAGE.length());
            if (name.contains("/") || name.contains("$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(path.substring(0, path.length() - ".class".length()).replace('/', '.'),
                        false, loader);
                if (type.isAnnotationPresent(Path.class) && Modifier.isPublic(type.getModifiers())
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load REST resource " + path, e);
            }
        }
        return found;
    }

    @Override
    public void bind(SandboxContext context, Bindings bindings) {
        wiring = DebriefWiring.build(context, context.clock());
        bindings.bind(DebriefApplication.class, wiring.app());
        bindings.bind(ViewerProvider.class, wiring.viewers());
        bindings.bind(Messages.class, wiring.messages());
        bindings.bind(Views.class, wiring.views());
        bindings.bind(JobRunLog.class, wiring.jobRuns());
        // the sandbox has no timer: its jobs run from "Run scheduled jobs now"
        bindings.bind(CheckpointSchedule.class, CheckpointSchedule.ON_DEMAND);
    }

    @Override
    public List<IssueTab> issueTabs(SandboxContext context) {
        // UTC, as the plugin's REST resources answer (the zone id "UTC", which the tab's JS converts times with)
        IncidentTabs tabs = new IncidentTabs(wiring.app(), wiring.views(), wiring.messages(), ZoneId.of("UTC"), "");
        IssueTab.Shows incidentsOnly = (issue, viewer) -> tabs.shows(issue.key(), viewer);
        return List.of(
                new IssueTab("timeline", "debrief.timeline.tab.label",
                        (issue, viewer) -> tabs.html(IncidentTabs.Tab.TIMELINE, issue.key(), viewer), incidentsOnly),
                new IssueTab("debrief", "debrief.debrief.tab.label",
                        (issue, viewer) -> tabs.html(IncidentTabs.Tab.DEBRIEF, issue.key(), viewer), incidentsOnly));
    }

    /** The monthly review outside Jira's dashboard: the dashboard item's container, mounted by its own JS. */
    @Override
    public List<SandboxPage> pages(SandboxContext context) {
        return List.of(new SandboxPage(REVIEW_PATH, "debrief.sandbox.nav.review", (params, viewer) -> {
            if (viewer.isAnonymous()) {
                throw new SandboxPage.Refused(401, wiring.messages().text("debrief.error.login.required"));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("restBase", SandboxContext.PLUGIN_REST);
            data.put("projects", params.getOrDefault("projects", ""));
            data.put("jql", params.getOrDefault("jql", ""));
            return wiring.views().render("debrief-review", "sandbox.debrief.reviewPage", data);
        }));
    }


    /** The published debrief library and the admin settings: the plugin's own servlets at their Jira paths. */
    @Override
    public List<SandboxServlet> servlets(SandboxContext context) {
        return List.of(
                new SandboxServlet(DebriefLibraryServlet.PATH, "debrief.sandbox.nav.library",
                        new DebriefLibraryServlet(wiring.app(), wiring.viewers(), wiring.views(), wiring.messages(),
                                PageResources.NONE)),
                new SandboxServlet(ADMIN_PATH, "debrief.sandbox.nav.admin",
                        new DebriefAdminServlet(wiring.app(), wiring.jobRuns(), wiring.views(), wiring.viewers(),
                                PageResources.NONE, wiring.messages())));
    }

    @Override
    public List<SandboxJob> jobs(SandboxContext context) {
        return List.of(new SandboxJob("checkpoints", () -> wiring.checkpointRuns().run()));
    }


    @Override
    public void seed(SeedContext seed) {
        SeedClock clock = new SeedClock(seed.clock().instant());
        DemoDebriefs.load(seed, clock, DebriefWiring.build(seed, clock).app());
    }
}
