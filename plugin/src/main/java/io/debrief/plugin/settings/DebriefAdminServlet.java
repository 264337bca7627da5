package io.debrief.plugin.settings;

import com.atlassian.annotations.security.AdminOnly;
import io.debrief.core.access.Viewer;
import io.debrief.core.checkpoint.CheckpointRuns;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.checkpoint.RunningCheckpoints;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.RefusedException;
import io.debrief.core.settings.AdministeringSettings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SuggestedFilters;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The Debrief administration page ({@code /plugins/servlet/debrief/admin}): template Debrief.Settings.page inside
 * Jira's admin decorator; the page's JS saves through the REST API.
 *
 * <p>Outcomes: anonymous -> 401; not a Jira administrator -> 403; otherwise 200 with the page. Jira's own servlet
 * security ({@link AdminOnly}) refuses first where it applies; the check here is the same rule, from core.
 */
@AdminOnly
public class DebriefAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String WEB_RESOURCE = "debrief-settings";
    static final String TEMPLATE = "Debrief.Settings.page";
    static final int RUNS_SHOWN = 20;

    private final transient AdministeringSettings settings;
    private final transient CheckpointRuns jobRuns;
    private final transient Views views;
    private final transient ViewerProvider viewers;
    private final transient PageResources resources;
    private final transient Messages messages;

    @Inject
    public DebriefAdminServlet(
            AdministeringSettings settings,
            RunningCheckpoints checkpoints,
            KeepingTime time,
            JobRunLog jobRuns,
            Views views,
            ViewerProvider viewers,
            PageResources resources,
            Messages messages) {
        this.settings = settings;
        this.jobRuns = new CheckpointRuns(checkpoints, jobRuns, time.clock());
        this.views = views;
        this.viewers = viewers;
        this.resources = resources;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = viewers.current();
        SettingsAdmin.Snapshot saved;
        List<JobRunLog.JobRun> runs;
        SuggestedFilters.Offer filters;
        try {
            saved = settings.read(viewer);
            filters = settings.suggestedFilters(viewer);
            runs = jobRuns.latest(RUNS_SHOWN, viewer);
        } catch (RefusedException refused) {
            int status = refused instanceof NotAuthenticatedException ? 401 : 403;
            response.sendError(
                    status, messages.text(refused.messageKey(), refused.args().toArray()));
            return;
        }
        resources.require(WEB_RESOURCE);
        String body = views.render(
                WEB_RESOURCE,
                TEMPLATE,
                SettingsPageData.of(saved, runs, filters, key -> messages.text(key), request.getContextPath()));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html><head><title>");
        out.write(escape(messages.text("debrief.settings.page.title")));
        out.write("</title>\n<meta name=\"decorator\" content=\"atl.admin\">\n");
        out.write("<meta name=\"admin.active.section\" content=\"admin_plugins_menu/debrief-admin-section\">\n");
        out.write("<meta name=\"admin.active.tab\" content=\"debrief-admin-link\">\n</head><body>\n");
        out.write(body);
        out.write("\n</body></html>\n");
    }

    /** The page title is our own text, but it goes into HTML, so it is escaped like any other text. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
