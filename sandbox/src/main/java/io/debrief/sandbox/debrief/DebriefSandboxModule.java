package io.debrief.sandbox.debrief;

import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.checkpoint.ClosingCheckpoints;
import io.debrief.core.checkpoint.RunningCheckpoints;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.debrief.BrowsingLibrary;
import io.debrief.core.debrief.CheckingLanguage;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.core.settings.AdministeringSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.plugin.CheckpointSchedule;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.library.DebriefLibraryServlet;
import io.debrief.plugin.rest.RestProviders;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import io.debrief.sandbox.Bindings;
import io.debrief.sandbox.ClasspathScanner;
import io.debrief.sandbox.IssueTab;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxJob;
import io.debrief.sandbox.SandboxModule;
import io.debrief.sandbox.SandboxPage;
import io.debrief.sandbox.SandboxServlet;
import io.debrief.sandbox.SeedContext;
import io.debrief.sandbox.jira.JiraHost;
import com.atlassian.scheduler.status.RunOutcome;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.sandbox.jira.JiraRestV2;
import jakarta.ws.rs.Path;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Debrief for Jira in the sandbox: the plugin loaded on the sandbox's Jira host ({@link JiraHost}) as Jira loads it,
 * its REST resources, tab panels, servlets, JQL functions, listener and scheduled job on the sandbox's issues, users,
 * clock and database.
 */
public final class DebriefSandboxModule implements SandboxModule {

    static final String REVIEW_PATH = "/debrief/review";
    /** Where atlassian-plugin.xml mounts the admin page ({@code <servlet key="debrief-admin">}). */
    static final String ADMIN_PATH = "/plugins/servlet/debrief/admin";

    /** Where Jira's REST v2 scan of the bundle finds the plugin's resources, in their feature slices. */
    static final String REST_PACKAGE = "io/debrief/plugin/";

    private volatile JiraHost jira;

    /** The plugin on the Jira host: started once, by the seed or by the first binding, whichever comes first. */
    private synchronized JiraHost jira(SandboxContext context) {
        if (jira == null) {
            jira = JiraHost.start(context);
        }
        return jira;
    }

    @Override
    public List<Class<?>> restResources() {
        List<Class<?>> classes = new ArrayList<>(resourceClasses());
        classes.addAll(RestProviders.classes());
        return classes;
    }

    /** Every public {@code @Path} class of the plugin, in any of its packages, as Jira's bundle scan finds them. */
    static List<Class<?>> resourceClasses() {
        ClassLoader loader = DebriefSandboxModule.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        for (String path : ClasspathScanner.list(loader, REST_PACKAGE, ".class")) {
            String name = path.substring(REST_PACKAGE.length());
            if (name.contains("$")) {
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
        JiraHost host = jira(context);
        // what the plugin's REST resources inject, as its container built them
        bindings.bind(DebriefApplication.class, host.component(DebriefApplication.class));
        // core's in-ports the resources ask for, all bound by the composition root (as Spring binds them in Jira)
        DebriefApplication root = host.component(DebriefApplication.class);
        bindings.bind(KeepingTime.class, root);
        bindings.bind(GuardingIncidents.class, root);
        bindings.bind(RecordingTimeline.class, root);
        bindings.bind(WritingDebrief.class, root);
        bindings.bind(CheckingLanguage.class, root);
        bindings.bind(TrackingActionItems.class, root);
        bindings.bind(ClosingCheckpoints.class, root);
        bindings.bind(RunningCheckpoints.class, root);
        bindings.bind(AdministeringSettings.class, root);
        bindings.bind(BrowsingLibrary.class, root);
        bindings.bind(Settings.class, host.component(Settings.class));
        bindings.bind(IntakeApplication.class, host.component(IntakeApplication.class));
        bindings.bind(ViewerProvider.class, host.component(ViewerProvider.class));
        bindings.bind(Messages.class, host.component(Messages.class));
        bindings.bind(Views.class, host.component(Views.class));
        bindings.bind(JobRunLog.class, host.component(JobRunLog.class));
        bindings.bind(CheckpointSchedule.class, host.component(CheckpointSchedule.class));
        bindings.bind(JiraHost.class, host);
    }

    /** Jira's own REST API v2, in the subset a person uses around the plugin (served under /rest/api/2). */
    @Override
    public List<Class<?>> platformRestResources() {
        return List.of(JiraRestV2.class);
    }

    /** The plugin's issue tab panels ({@code issue-tabpanel} modules) on the sandbox's issue page. */
    @Override
    public List<IssueTab> issueTabs(SandboxContext context) {
        return jira(context).issueTabs();
    }

    /** The monthly review outside Jira's dashboard: the dashboard item's container, mounted by its own JS. */
    @Override
    public List<SandboxPage> pages(SandboxContext context) {
        Views views = jira(context).component(Views.class);
        Messages messages = jira(context).component(Messages.class);
        return List.of(new SandboxPage(REVIEW_PATH, "debrief.sandbox.nav.review", (params, viewer) -> {
            if (viewer.isAnonymous()) {
                throw new SandboxPage.Refused(401, messages.text(NotAuthenticatedException.GENERAL_KEY));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("restBase", SandboxContext.PLUGIN_REST);
            data.put("projects", params.getOrDefault("projects", ""));
            data.put("jql", params.getOrDefault("jql", ""));
            return views.render("debrief-review", "sandbox.debrief.reviewPage", data);
        }));
    }

    /** The plugin's {@code servlet} modules (library, admin settings) at their Jira paths, in the sandbox chrome. */
    @Override
    public List<SandboxServlet> servlets(SandboxContext context) {
        Map<String, String> navKeys = Map.of(DebriefLibraryServlet.PATH, "debrief.sandbox.nav.library", ADMIN_PATH,
                "debrief.sandbox.nav.admin");
        List<SandboxServlet> servlets = new ArrayList<>();
        jira(context).servlets().forEach((url, servlet) ->
                servlets.add(new SandboxServlet(url, navKeys.getOrDefault(url, "debrief.sandbox.nav.library"), servlet)));
        return servlets;
    }

    /** Jira's scheduler running the plugin's scheduled jobs (the checkpoint job runner), on no one's behalf. */
    @Override
    public List<SandboxJob> jobs(SandboxContext context) {
        JiraHost host = jira(context);
        return List.of(new SandboxJob("checkpoints", () -> host.runScheduledJobs().forEach((id, response) -> {
            if (response.getRunOutcome() == RunOutcome.FAILED) {
                // "Run scheduled jobs now" names the job that failed, as Jira's scheduler admin page would
                throw new IllegalStateException(id + ": " + response.getMessage());
            }
        })));
    }

    @Override
    public void seed(SeedContext seed) {
        JiraHost host = jira(seed);
        ViewerProvider viewers = host.component(ViewerProvider.class);
        DemoDebriefs.load(seed, (SandboxClock) seed.clock(), host.component(DebriefApplication.class),
                user -> JiraHost.actingAs(user, viewers::current));
    }
}
