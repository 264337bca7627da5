package io.debrief.sandbox.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.PagerFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The subset of Jira's REST API v2 a person uses around the plugin, with Jira's request and response shapes for the
 * fields used, so a journey written against the sandbox also runs against Jira with the plugin installed:
 * {@code POST /issue}, {@code GET|PUT /issue/{key}}, {@code GET /search?jql=}, {@code GET|POST
 * /issue/{key}/transitions}, {@code POST /issueLink}. Everything goes through the host's Jira services as the
 * logged-in user, so the plugin's listener sees the same events as in Jira. Errors are Jira's
 * {@code {"errorMessages": [...], "errors": {field: message}}} with 400 (404 for an issue the user cannot see).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class JiraRestV2 {

    /** Jira's {@code jira.search.views.default.max}: the most issues one search response holds. */
    static final int MAX_RESULTS = 1000;

    private static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final JiraHost.HostServicesSet jira;

    @Inject
    public JiraRestV2(JiraHost host) {
        this.jira = host.services();
    }

    private ApplicationUser user() {
        return jira.people().getLoggedInUser();
    }

    // --- issues

    @POST
    @Path("issue")
    public Response create(Map<String, Object> body) {
        Map<String, Object> fields = map(body == null ? null : body.get("fields"));
        IssueInputParameters input = jira.issueService().newIssueInputParameters();
        Map<String, String> errors = new LinkedHashMap<>();
        Project project = project(map(fields.get("project")));
        if (project == null) {
            errors.put("project", text("sandbox.jira.error.project"));
        } else {
            input.setProjectId(project.getId());
        }
        IssueType type = issueType(map(fields.get("issuetype")));
        if (type == null) {
            errors.put("issuetype", text("sandbox.jira.error.issuetype"));
        } else {
            input.setIssueTypeId(type.getId());
        }
        input.setSummary(string(fields.get("summary")));
        if (fields.get("description") != null) {
            input.setDescription(string(fields.get("description")));
        }
        common(fields, input, errors);
        Issue parent = fields.containsKey("parent") ? issue(map(fields.get("parent"))) : null;
        if (fields.containsKey("parent") && parent == null) {
            errors.put("parent", text("sandbox.jira.rest.error.parent"));
        }
        List<String> labels = strings(fields.get("labels"), "labels", errors);
        String component = component(fields.get("components"), errors);
        if (!errors.isEmpty()) {
            return error(400, List.of(), errors);
        }
        IssueService.CreateValidationResult validation = parent == null
                ? jira.issueService().validateCreate(user(), input)
                : jira.issueService().validateSubTaskCreate(user(), parent.getId(), input);
        if (!validation.isValid()) {
            return error(400, validation.getErrorCollection());
        }
        Issue created = jira.issueService().create(user(), validation).getIssue();
        if (component != null) {
            // the plugin imports no component field on IssueInputParameters: the host sets it beside the create
            HostIssue stored = (HostIssue) created;
            jira.issues()
                    .host()
                    .issues()
                    .edit(
                            created.getId(),
                            stored.getSummary(),
                            stored.sandboxIssue().assignee(),
                            component);
        }
        if (!labels.isEmpty()) {
            jira.links().setLabels(user(), created.getId(), new LinkedHashSet<>(labels), false, true);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(created.getId()));
        json.put("key", created.getKey());
        json.put("self", "/rest/api/2/issue/" + created.getId());
        return Response.status(201).entity(json).build();
    }

    @GET
    @Path("issue/{key}")
    public Response get(@PathParam("key") String key) {
        Issue issue = visible(key);
        return issue == null ? missing() : Response.ok(issueJson(issue)).build();
    }

    @PUT
    @Path("issue/{key}")
    public Response edit(@PathParam("key") String key, Map<String, Object> body) {
        Issue issue = visible(key);
        if (issue == null) {
            return missing();
        }
        if (!jira.people().hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user())) {
            return error(403, List.of(text("sandbox.jira.error.edit.permission")), Map.of());
        }
        Map<String, Object> fields = map(body == null ? null : body.get("fields"));
        Map<String, Object> update = map(body == null ? null : body.get("update"));
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        issue.getLabels().forEach(label -> labels.add(label.getLabel()));
        if (fields.containsKey("labels")) {
            labels.clear();
            labels.addAll(strings(fields.get("labels"), "labels", errors));
        }
        if (update.get("labels") instanceof List<?> operations) {
            for (Object operation : operations) {
                Map<String, Object> op = map(operation);
                if (op.get("add") != null) {
                    labels.add(string(op.get("add")));
                } else if (op.get("remove") != null) {
                    labels.remove(string(op.get("remove")));
                } else if (op.get("set") != null) {
                    labels.clear();
                    labels.addAll(strings(op.get("set"), "labels", errors));
                }
            }
        }
        for (String label : labels) {
            if (label.isBlank() || label.chars().anyMatch(Character::isWhitespace) || label.length() > 255) {
                errors.put("labels", text("sandbox.jira.rest.error.label", label));
            }
        }
        IssueInputParameters input = jira.issueService().newIssueInputParameters();
        input.setRetainExistingValuesWhenParameterNotProvided(true);
        boolean fieldEdit = false;
        if (fields.containsKey("summary")) {
            input.setSummary(string(fields.get("summary")));
            fieldEdit = true;
        }
        fieldEdit |= common(fields, input, errors);
        if (!errors.isEmpty()) {
            return error(400, List.of(), errors);
        }
        if (fieldEdit) {
            IssueService.UpdateValidationResult validation =
                    jira.issueService().validateUpdate(user(), issue.getId(), input);
            if (!validation.isValid()) {
                return error(400, validation.getErrorCollection());
            }
            jira.issueService().update(user(), validation);
        }
        Set<String> before = new LinkedHashSet<>();
        issue.getLabels().forEach(label -> before.add(label.getLabel()));
        if (!before.equals(labels)) {
            jira.links().setLabels(user(), issue.getId(), labels, false, true);
        }
        return Response.noContent().build();
    }

    /** Priority, assignee and due date, as create and edit read them; whether any was given. */
    private boolean common(Map<String, Object> fields, IssueInputParameters input, Map<String, String> errors) {
        boolean given = false;
        if (fields.containsKey("priority")) {
            Map<String, Object> priority = map(fields.get("priority"));
            String id = priority.get("id") != null
                    ? string(priority.get("id"))
                    : Constants.priorityNamed(string(priority.get("name")))
                            .map(p -> p.getId())
                            .orElse("-1");
            input.setPriorityId(id);
            given = true;
        }
        if (fields.containsKey("assignee")) {
            Object assignee = fields.get("assignee");
            input.setAssigneeId(assignee == null ? null : string(map(assignee).get("name")));
            given = true;
        }
        if (fields.containsKey("duedate")) {
            Object due = fields.get("duedate");
            try {
                input.setDueDate(
                        due == null
                                ? null
                                : new SimpleDateFormat(jira.platform().datePickerFormat(), Locale.ENGLISH)
                                        .format(Date.from(LocalDate.parse(string(due))
                                                .atStartOfDay(ZoneId.systemDefault())
                                                .toInstant())));
            } catch (DateTimeParseException e) {
                errors.put("duedate", text("sandbox.jira.rest.error.duedate", due));
            }
            given = true;
        }
        return given;
    }

    // --- search

    @GET
    @Path("search")
    public Response search(
            @QueryParam("jql") @DefaultValue("") String jql,
            @QueryParam("startAt") @DefaultValue("0") int startAt,
            @QueryParam("maxResults") @DefaultValue("50") int maxResults) {
        SearchService.ParseResult parsed = jira.search().parseQuery(user(), jql);
        if (!parsed.isValid()) {
            return error(400, new ArrayList<>(parsed.getErrors().getErrorMessages()), Map.of());
        }
        int max = Math.max(0, Math.min(maxResults, MAX_RESULTS));
        try {
            SearchResults<Issue> results =
                    jira.search().search(user(), parsed.getQuery(), new PagerFilter<>(Math.max(0, startAt), max));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("startAt", results.getStart());
            json.put("maxResults", max);
            json.put("total", results.getTotal());
            json.put(
                    "issues", results.getResults().stream().map(this::issueJson).toList());
            return Response.ok(json).build();
        } catch (SearchException | RuntimeException e) {
            return error(400, List.of(String.valueOf(e.getMessage())), Map.of());
        }
    }

    // --- transitions

    @GET
    @Path("issue/{key}/transitions")
    public Response transitions(@PathParam("key") String key) {
        Issue issue = visible(key);
        if (issue == null) {
            return missing();
        }
        List<Map<String, Object>> transitions = new ArrayList<>();
        for (HostWorkflow.Transition transition : jira.workflow().available(issue, user())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", String.valueOf(transition.id()));
            json.put("name", transition.name());
            json.put("to", statusJson(transition.to()));
            transitions.add(json);
        }
        return Response.ok(Map.of("transitions", transitions)).build();
    }

    @POST
    @Path("issue/{key}/transitions")
    public Response transition(@PathParam("key") String key, Map<String, Object> body) {
        Issue issue = visible(key);
        if (issue == null) {
            return missing();
        }
        Map<String, Object> transition = map(body == null ? null : body.get("transition"));
        int id;
        try {
            id = Integer.parseInt(string(transition.get("id")));
        } catch (NumberFormatException e) {
            return error(400, List.of(text("sandbox.jira.rest.error.transition.id")), Map.of());
        }
        IssueInputParameters input = jira.issueService().newIssueInputParameters();
        Map<String, Object> fields = map(body.get("fields"));
        if (fields.containsKey("resolution")) {
            Map<String, Object> resolution = map(fields.get("resolution"));
            input.setResolutionId(
                    resolution.get("id") != null
                            ? string(resolution.get("id"))
                            : Constants.resolutionNamed(string(resolution.get("name")))
                                    .map(r -> r.getId())
                                    .orElse("-1"));
        }
        Map<String, Object> update = map(body.get("update"));
        if (update.get("comment") instanceof List<?> comments && !comments.isEmpty()) {
            input.setComment(string(map(map(comments.get(0)).get("add")).get("body")));
        }
        input.setSkipScreenCheck(true);
        IssueService.TransitionValidationResult validation =
                jira.issueService().validateTransition(user(), issue.getId(), id, input);
        if (!validation.isValid()) {
            return error(400, validation.getErrorCollection());
        }
        jira.issueService().transition(user(), validation);
        return Response.noContent().build();
    }

    // --- links

    /** As Jira: the link's source is {@code inwardIssue}, its destination {@code outwardIssue}. */
    @POST
    @Path("issueLink")
    public Response link(Map<String, Object> body) {
        Map<String, Object> typeJson = map(body == null ? null : body.get("type"));
        IssueLinkType type = typeJson.get("id") != null
                ? jira.links().getIssueLinkType(Long.valueOf(string(typeJson.get("id"))))
                : jira.links().getIssueLinkTypesByName(string(typeJson.get("name"))).stream()
                        .findFirst()
                        .orElse(null);
        Issue source = issue(map(body == null ? null : body.get("inwardIssue")));
        Issue destination = issue(map(body == null ? null : body.get("outwardIssue")));
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == null) {
            errors.put("issuelinks", text("sandbox.jira.rest.error.linktype", typeJson.get("name")));
        }
        if (source == null || !browse(source) || destination == null || !browse(destination)) {
            errors.put("issuelinks", text("sandbox.jira.error.issue.missing"));
        }
        if (!errors.isEmpty()) {
            return error(404, List.of(), errors);
        }
        if (!jira.people().hasPermission(ProjectPermissions.LINK_ISSUES, source, user())) {
            return error(401, List.of(text("sandbox.jira.rest.error.link.permission", source.getKey())), Map.of());
        }
        try {
            jira.links().createIssueLink(source.getId(), destination.getId(), type.getId(), null, user());
        } catch (CreateException e) {
            return error(400, List.of(String.valueOf(e.getMessage())), Map.of());
        }
        return Response.status(201).build();
    }

    // --- JSON

    private Map<String, Object> issueJson(Issue issue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", issue.getSummary());
        fields.put("description", issue.getDescription());
        IssueType type = issue.getIssueType();
        fields.put(
                "issuetype",
                type == null ? null : Map.of("id", type.getId(), "name", type.getName(), "subtask", type.isSubTask()));
        Project project = issue.getProjectObject();
        fields.put(
                "project",
                project == null
                        ? null
                        : Map.of(
                                "id",
                                String.valueOf(project.getId()),
                                "key",
                                project.getKey(),
                                "name",
                                project.getName()));
        fields.put("status", statusJson(issue.getStatus()));
        fields.put(
                "priority",
                issue.getPriority() == null
                        ? null
                        : Map.of(
                                "id",
                                issue.getPriority().getId(),
                                "name",
                                issue.getPriority().getName()));
        fields.put(
                "resolution",
                issue.getResolution() == null
                        ? null
                        : Map.of(
                                "id",
                                issue.getResolution().getId(),
                                "name",
                                issue.getResolution().getName()));
        fields.put("created", time(issue.getCreated()));
        fields.put("resolutiondate", time(issue.getResolutionDate()));
        fields.put(
                "duedate",
                issue.getDueDate() == null
                        ? null
                        : issue.getDueDate().toLocalDateTime().toLocalDate().toString());
        fields.put(
                "labels",
                issue.getLabels().stream().map(Label::getLabel).sorted().toList());
        fields.put(
                "components",
                issue.getComponents().stream()
                        .map(c -> Map.of("name", c.getName()))
                        .toList());
        fields.put("assignee", userJson(issue.getAssignee()));
        fields.put("reporter", userJson(issue.getReporter()));
        Issue parent = issue.getParentObject();
        if (parent != null) {
            fields.put("parent", Map.of("id", String.valueOf(parent.getId()), "key", parent.getKey()));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (IssueLink link : jira.links().getOutwardLinks(issue.getId())) {
            links.add(linkJson(link, "outwardIssue", link.getDestinationObject()));
        }
        for (IssueLink link : jira.links().getInwardLinks(issue.getId())) {
            links.add(linkJson(link, "inwardIssue", link.getSourceObject()));
        }
        fields.put("issuelinks", links);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(issue.getId()));
        json.put("key", issue.getKey());
        json.put("self", "/rest/api/2/issue/" + issue.getId());
        json.put("fields", fields);
        return json;
    }

    private static Map<String, Object> linkJson(IssueLink link, String side, Issue other) {
        IssueLinkType type = link.getIssueLinkType();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(link.getId()));
        json.put(
                "type",
                Map.of(
                        "id",
                        String.valueOf(type.getId()),
                        "name",
                        type.getName(),
                        "inward",
                        type.getInward(),
                        "outward",
                        type.getOutward()));
        json.put(side, Map.of("id", String.valueOf(other.getId()), "key", other.getKey()));
        return json;
    }

    private static Map<String, Object> statusJson(Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", status.getId());
        json.put("name", status.getName());
        json.put(
                "statusCategory",
                Map.of(
                        "id",
                        status.getStatusCategory().getId(),
                        "key",
                        status.getStatusCategory().getKey(),
                        "name",
                        status.getStatusCategory().getName()));
        return json;
    }

    private static Map<String, Object> userJson(ApplicationUser user) {
        return user == null
                ? null
                : Map.of("name", user.getUsername(), "key", user.getKey(), "displayName", user.getDisplayName());
    }

    private static String time(Date date) {
        return date == null ? null : JIRA_TIME.format(date.toInstant());
    }

    // --- input

    private Project project(Map<String, Object> json) {
        if (json.get("key") != null) {
            return jira.people().getProjectObjByKey(string(json.get("key")));
        }
        return json.get("id") == null ? null : jira.people().getProjectObj(parseLong(string(json.get("id"))));
    }

    private IssueType issueType(Map<String, Object> json) {
        if (json.get("id") != null) {
            return jira.types().getIssueType(string(json.get("id")));
        }
        return json.get("name") == null
                ? null
                : jira.types().byName(string(json.get("name"))).orElse(null);
    }

    private Issue issue(Map<String, Object> json) {
        if (json.get("key") != null) {
            return jira.issues().getIssueObject(string(json.get("key")));
        }
        return json.get("id") == null ? null : jira.issues().getIssueObject(parseLong(string(json.get("id"))));
    }

    private Issue visible(String keyOrId) {
        Issue issue = keyOrId.matches("\\d+")
                ? jira.issues().getIssueObject(Long.valueOf(keyOrId))
                : jira.issues().getIssueObject(keyOrId);
        return issue != null && browse(issue) ? issue : null;
    }

    private boolean browse(Issue issue) {
        return jira.people().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user());
    }

    private String component(Object components, Map<String, String> errors) {
        if (components == null) {
            return null;
        }
        if (!(components instanceof List<?> list) || list.size() > 1) {
            errors.put("components", text("sandbox.jira.rest.error.components"));
            return null;
        }
        return list.isEmpty() ? null : string(map(list.get(0)).get("name"));
    }

    private List<String> strings(Object value, String field, Map<String, String> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.put(field, text("sandbox.jira.rest.error.array"));
            return List.of();
        }
        return list.stream().map(JiraRestV2::string).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private Response missing() {
        return error(404, List.of(text("sandbox.jira.error.issue.missing")), Map.of());
    }

    private String text(String key, Object... args) {
        return jira.platform().i18n().getText(key, args);
    }

    private static Response error(int status, ErrorCollection errors) {
        return error(status, new ArrayList<>(errors.getErrorMessages()), errors.getErrors());
    }

    private static Response error(int status, List<String> messages, Map<String, String> errors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("errorMessages", messages);
        json.put("errors", errors);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(json)
                .build();
    }
}
