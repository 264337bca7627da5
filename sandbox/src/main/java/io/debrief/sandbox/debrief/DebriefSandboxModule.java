package io.debrief.sandbox.debrief;

import com.atlassian.scheduler.status.RunOutcome;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.insights.DebriefInsightsServlet;
import io.debrief.plugin.library.DebriefLibraryServlet;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import io.debrief.sandbox.Bindings;
import io.debrief.sandbox.IssueTab;
import io.debrief.sandbox.RestComponents;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxJob;
import io.debrief.sandbox.SandboxModule;
import io.debrief.sandbox.SandboxPage;
import io.debrief.sandbox.SandboxServlet;
import io.debrief.sandbox.SeedContext;
import io.debrief.sandbox.jira.JiraHost;
import io.debrief.sandbox.jira.JiraRestV2;
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
    /** A dashboard holding the insights dashboard item (issue 16). */
    static final String DASHBOARD_PATH = "/debrief/dashboard";
    /** Where atlassian-plugin.xml mounts the admin page ({@code <servlet key="debrief-admin">}). */
    static final String ADMIN_PATH = "/plugins/servlet/debrief/admin";
    /** The sandbox's inbox: every mail its SMTP server received (Jira has no such page; its users read their mail). */
    static final String MAIL_PATH = "/mail";

    private volatile JiraHost jira;

    /** The plugin on the Jira host: started once, by the seed or by the first binding, whichever comes first. */
    private synchronized JiraHost jira(SandboxContext context) {
        if (jira == null) {
            jira = JiraHost.start(context);
        }
        return jira;
    }

    /** The plugin's {@code rest} module as REST v2 serves it: classes from the bundle, instances from its container. */
    @Override
    public List<RestComponents> restComponents(SandboxContext context) {
        return jira(context).rest();
    }

    @Override
    public void bind(SandboxContext context, Bindings bindings) {
        // Jira's own REST (JiraRestV2) and the test runner work on the host; the plugin's resources need no binding
        bindings.bind(JiraHost.class, jira(context));
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
        // the review stands for the plugin's dashboard item: the dashboard's context, atl.dashboard
        return List.of(
                new SandboxPage(REVIEW_PATH, "debrief.sandbox.nav.review", "atl.dashboard", (params, viewer) -> {
                    if (viewer.isAnonymous()) {
                        throw new SandboxPage.Refused(401, messages.text(NotAuthenticatedException.GENERAL_KEY));
                    }
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("restBase", SandboxContext.PLUGIN_REST);
                    data.put("projects", params.getOrDefault("projects", ""));
                    data.put("jql", params.getOrDefault("jql", ""));
                    return views.render("debrief-review", "sandbox.debrief.reviewPage", data);
                }),
                new SandboxPage(MAIL_PATH, "debrief.sandbox.nav.mail", (params, viewer) -> {
                    if (viewer.isAnonymous()) {
                        throw new SandboxPage.Refused(401, messages.text(NotAuthenticatedException.GENERAL_KEY));
                    }
                    return SentMailPage.html(context.mail().received(), context.i18n());
                }),
                new SandboxPage(DASHBOARD_PATH, "debrief.sandbox.nav.dashboard", "atl.dashboard", (params, viewer) -> {
                    if (viewer.isAnonymous()) {
                        throw new SandboxPage.Refused(401, messages.text(NotAuthenticatedException.GENERAL_KEY));
                    }
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("restBase", SandboxContext.PLUGIN_REST);
                    data.put("pageHref", DebriefInsightsServlet.PATH);
                    return views.render("debrief-insights", "sandbox.debrief.insightsGadgetPage", data);
                }));
    }

    /** The plugin's {@code servlet} modules (library, admin settings) at their Jira paths, in the sandbox chrome. */
    @Override
    public List<SandboxServlet> servlets(SandboxContext context) {
        Map<String, String> navKeys = Map.of(
                DebriefLibraryServlet.PATH,
                "debrief.sandbox.nav.library",
                ADMIN_PATH,
                "debrief.sandbox.nav.admin",
                DebriefInsightsServlet.PATH,
                "debrief.sandbox.nav.insights");
        List<SandboxServlet> servlets = new ArrayList<>();
        jira(context)
                .servlets()
                .forEach((url, servlet) -> servlets.add(
                        new SandboxServlet(url, navKeys.getOrDefault(url, "debrief.sandbox.nav.library"), servlet)));
        return servlets;
    }

    /** Jira's scheduler running the plugin's scheduled jobs (the checkpoint job runner), on no one's behalf. */
    @Override
    public List<SandboxJob> jobs(SandboxContext context) {
        JiraHost host = jira(context);
        return List.of(new SandboxJob(
                "checkpoints",
                () -> host.runScheduledJobs().forEach((id, response) -> {
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
        DemoDebriefs.load(
                seed,
                (SandboxClock) seed.clock(),
                host.component(DebriefApplication.class),
                user -> JiraHost.actingAs(user, viewers::current));
        DemoEvents.load(
                seed,
                (SandboxClock) seed.clock(),
                host.component(DebriefApplication.class),
                host.component(IntakeApplication.class),
                user -> JiraHost.actingAs(user, viewers::current));
    }
}
