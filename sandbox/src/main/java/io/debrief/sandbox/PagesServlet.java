package io.debrief.sandbox;

import io.debrief.core.common.UserRef;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox's two pages: the issue list ({@code /}) and the issue page with its tabs ({@code /browse/KEY}). */
final class PagesServlet extends HttpServlet {

    static final String DETAILS_TAB = "details";
    private static final List<String> TYPES =
            List.of(SandboxIssue.INCIDENT, SandboxIssue.TASK, SandboxIssue.BUG, SandboxIssue.DEBRIEF_CHECKPOINT);

    /** The types a person creates from the list (sub-tasks are made from their parent). */
    private static final List<String> CREATE_TYPES =
            List.of(SandboxIssue.INCIDENT, SandboxIssue.TASK, SandboxIssue.BUG, "Story");

    private static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");

    /** The web-resource context of Jira's issue view. */
    static final String VIEW_ISSUE = "jira.view.issue";

    private final HostServices host;
    private final Layout layout;
    private final List<IssueTab> moduleTabs;
    private final List<SandboxPage> modulePages;
    private final Optional<IssueNavigator> navigator;

    PagesServlet(
            HostServices host,
            Layout layout,
            List<IssueTab> moduleTabs,
            List<SandboxPage> modulePages,
            Optional<IssueNavigator> navigator) {
        this.host = host;
        this.layout = layout;
        this.moduleTabs = List.copyOf(moduleTabs);
        this.modulePages = List.copyOf(modulePages);
        this.navigator = navigator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/")) {
            issueList(request, response);
        } else if (path.startsWith("/browse/")) {
            issuePage(request, response, path.substring("/browse/".length()));
        } else if ((path.equals("/issues/") || path.equals("/issues")) && navigator.isPresent()) {
            navigator(request, response, navigator.get());
        } else if (modulePage(path).isPresent()) {
            modulePage(request, response, modulePage(path).get());
        } else {
            message(request, response, 404, "Not found", "There is no page at " + path + ".");
        }
    }

    private void issueList(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Person viewer = host.currentViewer();
        String project = Optional.ofNullable(request.getParameter("project")).orElse("");
        String type = Optional.ofNullable(request.getParameter("type")).orElse("");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SandboxIssue issue : host.issues().list(viewer, project, type)) {
            rows.add(row(issue));
        }
        List<Map<String, Object>> projects = new ArrayList<>();
        host.users().projects().forEach((key, name) -> {
            if (viewer.canBrowseProject(key)) {
                projects.add(Map.of("key", key, "name", name, "selected", key.equals(project)));
            }
        });
        List<Map<String, Object>> types = TYPES.stream()
                .map(t -> Map.<String, Object>of("name", t, "selected", t.equals(type)))
                .toList();
        Map<String, Object> data = new HashMap<>();
        data.put("issues", rows);
        data.put("projects", projects);
        data.put("types", types);
        data.put("anonymous", viewer.isAnonymous());
        data.put("createTypes", CREATE_TYPES);
        data.put("priorities", PRIORITIES);
        data.put(
                "users",
                host.users().all().stream()
                        .map(u -> Map.<String, Object>of("key", u.key(), "name", u.displayName()))
                        .toList());
        layout.write(request, response, 200, "Issues", host.soy().render("sandbox.pages.issueList", data));
    }

    /** Jira's issue navigator URL ({@code /issues/?jql=}): the results as a plain list, as the person looking sees them. */
    private void navigator(HttpServletRequest request, HttpServletResponse response, IssueNavigator search)
            throws IOException {
        String jql = Optional.ofNullable(request.getParameter("jql")).orElse("");
        IssueNavigator.Found found = search.search(jql, host.currentViewer());
        Map<String, Object> data = new HashMap<>();
        data.put("jql", jql);
        data.put("errors", found.errors());
        data.put("total", found.total());
        data.put(
                "rows",
                found.rows().stream()
                        .map(r -> Map.<String, Object>of(
                                "key", r.key(), "summary", r.summary(), "status", r.status(), "assignee", r.assignee()))
                        .toList());
        layout.write(
                request,
                response,
                found.errors().isEmpty() ? 200 : 400,
                host.i18n().getText("sandbox.navigator.title"),
                host.soy().render("sandbox.pages.navigator", data));
    }

    private void issuePage(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        Person viewer = host.currentViewer();
        Optional<SandboxIssue> found = host.issues().byKey(key).filter(i -> viewer.canBrowse(i.ref()));
        if (found.isEmpty()) {
            // as Jira: one answer for "missing" and "not yours", so keys of hidden projects leak nothing
            message(
                    request,
                    response,
                    404,
                    key,
                    "The issue " + key + " does not exist or you do not have permission to see it.");
            return;
        }
        SandboxIssue issue = found.get();
        String selected = Optional.ofNullable(request.getParameter("tab")).orElse(DETAILS_TAB);
        List<Map<String, Object>> tabs = new ArrayList<>();
        tabs.add(tab(DETAILS_TAB, host.i18n().getText("sandbox.tab.details"), selected));
        List<IssueTab> shown = moduleTabs.stream()
                .filter(t -> t.shows().test(issue.ref(), viewer))
                .toList();
        for (IssueTab t : shown) {
            tabs.add(tab(t.id(), host.i18n().getText(t.labelKey()), selected));
        }
        String body = shown.stream()
                .filter(t -> t.id().equals(selected))
                .findFirst()
                .map(t -> t.renderer().render(issue.ref(), viewer))
                .orElseGet(() -> details(issue));
        Map<String, Object> data = new HashMap<>(row(issue));
        data.put("tabs", tabs);
        data.put("tabBody", SoyRenderer.trustedHtml(body));
        data.put("canEdit", viewer.canEdit(issue.ref()));
        // Jira's issue view: the general context and jira.view.issue, plus what the shown tab required
        layout.write(
                request,
                response,
                200,
                issue.key() + " " + issue.summary(),
                host.soy().render("sandbox.pages.issue", data),
                List.of(Layout.GENERAL, VIEW_ISSUE));
    }

    private Optional<SandboxPage> modulePage(String path) {
        return modulePages.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    private void modulePage(HttpServletRequest request, HttpServletResponse response, SandboxPage page)
            throws IOException {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        String title = host.i18n().getText(page.titleKey());
        String body;
        try {
            body = page.renderer().render(Map.copyOf(params), host.currentViewer());
        } catch (SandboxPage.Refused refused) {
            message(request, response, refused.status(), title, refused.getMessage());
            return;
        }
        layout.write(
                request,
                response,
                200,
                title,
                host.soy()
                        .render(
                                "sandbox.pages.modulePage",
                                Map.of("title", title, "body", SoyRenderer.trustedHtml(body))),
                List.of(Layout.GENERAL, page.context()).stream().distinct().toList());
    }

    private String details(SandboxIssue issue) {
        List<Map<String, Object>> subTasks =
                host.issues().subTasks(issue.id()).stream().map(this::row).toList();
        List<Map<String, Object>> links = new ArrayList<>();
        for (SandboxIssues.IssueLink link : host.issues().links(issue.id())) {
            long other = link.sourceId() == issue.id() ? link.destinationId() : link.sourceId();
            host.issues()
                    .byId(other)
                    .ifPresent(o -> links.add(Map.of("type", link.typeName(), "key", o.key(), "summary", o.summary())));
        }
        Map<String, Object> data = new HashMap<>(row(issue));
        data.put("subTasks", subTasks);
        data.put("links", links);
        // as Jira's sub-task view: the parent it belongs to (when the viewer may browse it) and the description
        Optional.ofNullable(issue.parentId())
                .flatMap(host.issues()::byId)
                .filter(parent -> host.currentViewer().canBrowse(parent.ref()))
                .ifPresent(parent -> data.put("parent", Map.of("key", parent.key(), "summary", parent.summary())));
        data.put(
                "description", host.issues().property(issue.id(), "description").orElse(""));
        data.put(
                "comments",
                host.issues().comments(issue.id()).stream()
                        .map(c -> Map.<String, Object>of(
                                "author",
                                host.users()
                                        .find(c.author())
                                        .map(UserRef::displayName)
                                        .orElse(c.author()),
                                "created",
                                Layout.dayTime(c.created()),
                                "body",
                                c.body()))
                        .toList());
        data.put("signedIn", !host.currentViewer().isAnonymous());
        return host.soy().render("sandbox.pages.details", data);
    }

    private static Map<String, Object> tab(String id, String label, String selected) {
        return Map.of("id", id, "label", label, "active", id.equals(selected));
    }

    private Map<String, Object> row(SandboxIssue issue) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", issue.key());
        row.put("projectKey", issue.projectKey());
        row.put("type", issue.type());
        row.put("summary", issue.summary());
        row.put("status", issue.status());
        row.put("statusCategory", issue.statusCategory());
        row.put("priority", nonNull(issue.priority()));
        row.put("assignee", nonNull(issue.assignee()));
        row.put("reporter", nonNull(issue.reporter()));
        row.put("component", nonNull(issue.component()));
        row.put("created", Layout.dayTime(issue.created()));
        row.put("resolved", Layout.dayTime(issue.resolved()));
        row.put("due", Layout.dayTime(issue.due()));
        row.put("labels", issue.labels());
        return row;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void message(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String text)
            throws IOException {
        layout.write(
                request,
                response,
                status,
                title,
                host.soy().render("sandbox.pages.message", Map.of("title", title, "text", text)));
    }
}
