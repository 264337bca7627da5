package io.debrief.plugin.library;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Page;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.BrowsingLibrary;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.LibraryQuery;
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
import java.util.List;
import java.util.Map;

/**
 * The library page at {@code /plugins/servlet/debrief/library}: the published debriefs the reader may browse, filtered
 * by a GET form, and one debrief opened read-only with {@code ?key=OPS-1}.
 *
 * <p>Outcomes: anonymous -> 401; bad filters -> 200 with the errors shown and the unfiltered list; an unknown, hidden
 * or unpublished {@code key} -> 404 with the list; otherwise 200.
 */
public class DebriefLibraryServlet extends HttpServlet {

    public static final String WEB_RESOURCE = "debrief-library";
    public static final String PATH = "/plugins/servlet/debrief/library";

    private final transient BrowsingLibrary library;
    private final transient ViewerProvider viewers;
    private final transient Views views;
    private final transient Messages messages;
    private final transient PageResources resources;

    @Inject
    public DebriefLibraryServlet(
            BrowsingLibrary library, ViewerProvider viewers, Views views, Messages messages, PageResources resources) {
        this.library = library;
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
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("q", "project", "severity", "month")) {
            String value = request.getParameter(name);
            filters.put(name, value == null ? "" : value.strip());
        }
        List<ValidationError> errors = List.of();
        LibraryQuery query;
        try {
            query = LibraryResource.query(
                    filters.get("q"),
                    filters.get("project"),
                    filters.get("severity"),
                    filters.get("month"),
                    request.getParameter("start"),
                    request.getParameter("limit"));
        } catch (InvalidInputException refused) {
            errors = refused.errors();
            query = LibraryQuery.everything();
        }
        LibraryPageModel model = new LibraryPageModel(messages, request.getContextPath());
        Map<String, Object> detail = null;
        String notFound = null;
        int status = HttpServletResponse.SC_OK;
        String key = request.getParameter("key");
        if (key != null && !key.isBlank()) {
            try {
                detail = model.debrief(library.open(key.strip(), viewer));
            } catch (NotFoundException missing) {
                // not a refused input: the debrief is not there for this reader (missing, hidden or unpublished)
                status = HttpServletResponse.SC_NOT_FOUND;
                notFound = messages.text(missing.messageKey(), missing.args().toArray());
            }
        }
        Page<LibraryEntry> page = library.search(query, viewer);
        resources.require(WEB_RESOURCE);
        Map<String, Object> data = model.page(filters, query, page, errors, detail);
        if (notFound != null) {
            data.put("notFound", notFound);
        }
        String html = views.render(WEB_RESOURCE, "Debrief.Library.page", data);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
