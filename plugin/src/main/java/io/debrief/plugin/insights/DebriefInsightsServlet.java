package io.debrief.plugin.insights;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.PageResources;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Insights page at {@code /plugins/servlet/debrief/insights}: the container the page's script draws the report
 * in from {@code GET /rest/debrief/1.0/insights} (which counts only what the reader may see), starting with
 * {@code ?project=} and {@code ?groupBy=} when given.
 *
 * <p>Outcomes: anonymous -> 401; otherwise 200 (a malformed project or grouping is not carried over: the page starts
 * with all projects by project).
 */
public class DebriefInsightsServlet extends HttpServlet {

    public static final String WEB_RESOURCE = "debrief-insights";
    public static final String PATH = "/plugins/servlet/debrief/insights";
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern GROUP_BY = Pattern.compile("project|component|team");

    private final transient ViewerProvider viewers;
    private final transient Views views;
    private final transient Messages messages;
    private final transient PageResources resources;

    @Inject
    public DebriefInsightsServlet(ViewerProvider viewers, Views views, Messages messages, PageResources resources) {
        this.viewers = viewers;
        this.views = views;
        this.messages = messages;
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            response.sendError(
                    HttpServletResponse.SC_UNAUTHORIZED, messages.text(NotAuthenticatedException.GENERAL_KEY));
            return;
        }
        resources.require(WEB_RESOURCE);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("restBase", request.getContextPath() + "/rest/debrief/1.0");
        data.put("project", matching(request.getParameter("project"), PROJECT));
        data.put("groupBy", matching(request.getParameter("groupBy"), GROUP_BY));
        String html = views.render(WEB_RESOURCE, "Debrief.Insights.page", data);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private static String matching(String value, Pattern pattern) {
        String given = value == null ? "" : value.strip();
        return pattern.matcher(given).matches() ? given : "";
    }
}
