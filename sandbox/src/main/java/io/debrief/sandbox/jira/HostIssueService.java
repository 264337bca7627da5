package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.TransitionOptions;
import io.debrief.sandbox.I18n;
import io.debrief.sandbox.NewIssue;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssue;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's validate-then-act issue operations: every field is checked (and the acting user's permission) before anything
 * is written, errors are reported by Jira's field ids ({@code pid}, {@code issuetype}, {@code summary},
 * {@code assignee}, {@code priority}, {@code duedate}, {@code resolution}); a create fires {@code ISSUE_CREATED}, an
 * edit {@code ISSUE_UPDATED}, a transition to Done {@code ISSUE_RESOLVED} (sets the resolution, "Done" unless given),
 * back out of Done {@code ISSUE_REOPENED} (clears it).
 */
final class HostIssueService implements IssueService {

    static final int SUMMARY_MAX = 255;

    private final SandboxContext host;
    private final HostIssueManager issues;
    private final HostPeople people;
    private final HostWorkflow workflow;
    private final HostPlatform platform;
    private final EventPublisher events;
    private final Clock clock;

    HostIssueService(
            SandboxContext host,
            HostIssueManager issues,
            HostPeople people,
            HostWorkflow workflow,
            HostPlatform platform,
            EventPublisher events,
            Clock clock) {
        this.host = host;
        this.issues = issues;
        this.people = people;
        this.workflow = workflow;
        this.platform = platform;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IssueResult getIssue(ApplicationUser user, Long issueId) {
        return visible(user, issues.getIssueObject(issueId));
    }

    @Override
    public IssueResult getIssue(ApplicationUser user, String issueKey) {
        return visible(user, issues.getIssueObject(issueKey));
    }

    private IssueResult visible(ApplicationUser user, MutableIssue issue) {
        if (issue == null || !people.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            Errors errors = new Errors();
            errors.addErrorMessage(text("sandbox.jira.error.issue.missing"));
            return new IssueResult(null, errors);
        }
        return new IssueResult(issue);
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new Input();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters) {
        return validateCreate(user, null, (Input) issueInputParameters);
    }

    @Override
    public CreateValidationResult validateSubTaskCreate(
            ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters) {
        return validateCreate(user, parentId, (Input) issueInputParameters);
    }

    private CreateValidationResult validateCreate(ApplicationUser user, Long parentId, Input input) {
        Errors errors = new Errors();
        Map<String, Object> values = new LinkedHashMap<>();
        Project project = input.projectId == null ? null : people.getProjectObj(input.projectId);
        if (project == null) {
            errors.addError("pid", text("sandbox.jira.error.project"));
        } else if (!people.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            errors.addErrorMessage(text("sandbox.jira.error.create.permission"));
        } else {
            values.put("project", project.getKey());
        }
        IssueType type = input.issueTypeId == null ? null : issues.types().getIssueType(input.issueTypeId);
        if (type == null || type.isSubTask() != (parentId != null)) {
            errors.addError("issuetype", text("sandbox.jira.error.issuetype"));
        } else {
            values.put("issuetype", type.getName());
        }
        if (parentId != null) {
            Issue parent = issues.getIssueObject(parentId);
            if (parent == null || parent.getParentId() != null) {
                errors.addErrorMessage(text("sandbox.jira.error.parent"));
            } else {
                values.put("parent", parentId);
            }
        }
        summary(input.summary, errors, values);
        assignee(input, project, errors, values);
        priority(input, errors, values, "Medium");
        due(input, errors, values);
        if (input.description != null) {
            values.put("description", input.description);
        }
        values.put("reporter", user == null ? null : user.getKey());
        return new CreateValidationResult(null, errors, values);
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("cannot create an issue from an invalid validation result");
        }
        Map<String, Object> values = result.getFieldValuesHolder();
        NewIssue.Builder builder = NewIssue.of(
                        (String) values.get("project"),
                        (String) values.get("issuetype"),
                        (String) values.get("summary"),
                        clock.instant())
                .reportedBy((String) values.get("reporter"))
                .assignedTo((String) values.get("assignee"))
                .priority((String) values.get("priority"));
        if (values.get("duedate") != null) {
            builder.dueAt((Instant) values.get("duedate"));
        }
        if (values.get("parent") != null) {
            builder.parent((Long) values.get("parent"));
        }
        SandboxIssue created = host.inTransaction(() -> {
            SandboxIssue issue = host.issues().create(builder.build());
            if (values.get("description") != null) {
                host.issues().setProperty(issue.id(), HostIssueManager.DESCRIPTION, (String) values.get("description"));
            }
            return issue;
        });
        MutableIssue issue = issues.issue(created);
        events.publish(new IssueEvent(issue, new HashMap<>(), user, EventType.ISSUE_CREATED_ID));
        return new IssueResult(issue);
    }

    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters params) {
        Input input = (Input) params;
        Errors errors = new Errors();
        Map<String, Object> values = new LinkedHashMap<>();
        MutableIssue issue = issues.getIssueObject(issueId);
        if (issue == null || !people.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.addErrorMessage(text("sandbox.jira.error.edit.permission"));
            return new UpdateValidationResult(issue, errors, values);
        }
        SandboxIssue current = ((HostIssue) issue).sandboxIssue();
        boolean retain = input.retainExisting;
        if (input.summary != null || !retain) {
            summary(input.summary, errors, values);
        }
        if (input.provided.contains("assignee") || !retain) {
            assignee(input, issue.getProjectObject(), errors, values);
        }
        if (input.priorityId != null) {
            priority(input, errors, values, null);
        }
        if (input.provided.contains("duedate") || !retain) {
            due(input, errors, values);
        }
        values.putIfAbsent("summary", current.summary());
        if (!values.containsKey("assignee")) {
            values.put("assignee", current.assignee());
        }
        values.putIfAbsent("priority", current.priority());
        if (!values.containsKey("duedate")) {
            values.put("duedate", current.due());
        }
        return new UpdateValidationResult(issue, errors, values);
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("cannot update an issue from an invalid validation result");
        }
        Map<String, Object> values = result.getFieldValuesHolder();
        long id = result.getIssue().getId();
        host.inTransaction(() -> {
            SandboxIssue current = host.issues().byId(id).orElseThrow();
            host.issues()
                    .edit(id, (String) values.get("summary"), (String) values.get("assignee"), current.component());
            host.issues().setPriority(id, (String) values.get("priority"));
            host.issues().setDue(id, (Instant) values.get("duedate"));
            return null;
        });
        MutableIssue issue = issues.getIssueObject(id);
        events.publish(new IssueEvent(issue, new HashMap<>(), user, EventType.ISSUE_UPDATED_ID));
        return new IssueResult(issue);
    }

    @Override
    public TransitionValidationResult validateTransition(
            ApplicationUser user, Long issueId, int actionId, IssueInputParameters params) {
        Input input = (Input) params;
        Errors errors = new Errors();
        Map<String, Object> values = new LinkedHashMap<>();
        MutableIssue issue = issues.getIssueObject(issueId);
        HostWorkflow.Transition transition = issue == null
                ? null
                : workflow.available(issue, user).stream()
                        .filter(t -> t.id() == actionId)
                        .findFirst()
                        .orElse(null);
        if (transition == null) {
            errors.addErrorMessage(
                    text("sandbox.jira.error.transition", actionId, issue == null ? "" : issue.getKey()));
            return new TransitionValidationResult(issue, errors, values, Map.of(), actionId);
        }
        if (Constants.DONE.equals(transition.to().getStatusCategory())) {
            String resolution = input.resolutionId == null
                    ? Constants.resolutionNamed("Done").orElseThrow().getName()
                    : Constants.byId(Constants.RESOLUTIONS, input.resolutionId)
                            .map(Constants.Constant::getName)
                            .orElse(null);
            if (resolution == null) {
                errors.addError("resolution", text("sandbox.jira.error.resolution", input.resolutionId));
            }
            values.put("resolution", resolution);
        } else if (input.resolutionId != null) {
            errors.addError("resolution", text("sandbox.jira.error.resolution.notdone"));
        }
        if (input.comment != null && !input.comment.isBlank()) {
            values.put("comment", input.comment);
        }
        return new TransitionValidationResult(issue, errors, values, Map.of(), actionId);
    }

    @Override
    public IssueResult transition(ApplicationUser user, TransitionValidationResult result) {
        if (!result.isValid()) {
            return new IssueResult(result.getIssue(), result.getErrorCollection());
        }
        HostWorkflow.Transition transition =
                HostWorkflow.transition(result.getActionId()).orElseThrow();
        long id = result.getIssue().getId();
        Map<String, Object> values = result.getFieldValuesHolder();
        boolean done = Constants.DONE.equals(transition.to().getStatusCategory());
        host.inTransaction(() -> {
            host.issues()
                    .transition(
                            id,
                            transition.to().getName(),
                            transition.to().getStatusCategory().getKey(),
                            clock.instant(),
                            user == null ? null : user.getKey());
            host.issues().setProperty(id, HostIssueManager.RESOLUTION, done ? (String) values.get("resolution") : null);
            if (values.get("comment") != null) {
                host.issues()
                        .comment(
                                id,
                                user == null ? null : user.getKey(),
                                (String) values.get("comment"),
                                clock.instant());
            }
            return null;
        });
        MutableIssue issue = issues.getIssueObject(id);
        Long event = done
                ? EventType.ISSUE_RESOLVED_ID
                : transition.id() == HostWorkflow.REOPEN
                        ? EventType.ISSUE_REOPENED_ID
                        : EventType.ISSUE_GENERICEVENT_ID;
        events.publish(new IssueEvent(issue, new HashMap<>(), user, event));
        return new IssueResult(issue);
    }

    private void summary(String summary, Errors errors, Map<String, Object> values) {
        if (summary == null || summary.isBlank()) {
            errors.addError("summary", text("sandbox.jira.error.summary.required"));
        } else if (summary.length() > SUMMARY_MAX) {
            errors.addError("summary", text("sandbox.jira.error.summary.long", SUMMARY_MAX));
        } else {
            values.put("summary", summary.trim());
        }
    }

    private void assignee(Input input, Project project, Errors errors, Map<String, Object> values) {
        if (input.assigneeId == null || input.assigneeId.isBlank()) {
            values.put("assignee", null);
            return;
        }
        ApplicationUser assignee = people.getUserByName(input.assigneeId);
        if (assignee == null) {
            errors.addError("assignee", text("sandbox.jira.error.assignee.unknown", input.assigneeId));
        } else if (project != null && !people.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, assignee)) {
            errors.addError("assignee", text("sandbox.jira.error.assignee.cannot", input.assigneeId));
        } else {
            values.put("assignee", assignee.getKey());
        }
    }

    private void priority(Input input, Errors errors, Map<String, Object> values, String fallback) {
        if (input.priorityId == null) {
            values.put("priority", fallback);
            return;
        }
        Constants.byId(Constants.PRIORITIES, input.priorityId)
                .ifPresentOrElse(
                        p -> values.put("priority", p.getName()),
                        () -> errors.addError("priority", text("sandbox.jira.error.priority", input.priorityId)));
    }

    private void due(Input input, Errors errors, Map<String, Object> values) {
        if (input.dueDate == null || input.dueDate.isBlank()) {
            values.put("duedate", null);
            return;
        }
        SimpleDateFormat format = new SimpleDateFormat(platform.datePickerFormat(), people.getLocale());
        format.setLenient(false);
        try {
            values.put("duedate", format.parse(input.dueDate.trim()).toInstant());
        } catch (ParseException e) {
            errors.addError("duedate", text("sandbox.jira.error.duedate", input.dueDate, platform.datePickerFormat()));
        }
    }

    private String text(String key, Object... args) {
        return platform.i18n().getText(key, args);
    }

    /** The input a caller builds: only what it sets counts as provided. */
    static final class Input implements IssueInputParameters {
        Long projectId;
        String issueTypeId;
        String summary;
        String description;
        String assigneeId;
        String reporterId;
        String priorityId;
        String dueDate;
        String resolutionId;
        String comment;
        boolean skipScreenCheck;
        boolean applyDefaults = true;
        boolean retainExisting;
        final java.util.Set<String> provided = new java.util.HashSet<>();

        @Override
        public IssueInputParameters setProjectId(Long value) {
            projectId = value;
            return this;
        }

        @Override
        public IssueInputParameters setIssueTypeId(String value) {
            issueTypeId = value;
            return this;
        }

        @Override
        public IssueInputParameters setSummary(String value) {
            summary = value;
            return this;
        }

        @Override
        public IssueInputParameters setDescription(String value) {
            description = value;
            return this;
        }

        @Override
        public IssueInputParameters setAssigneeId(String value) {
            assigneeId = value;
            provided.add("assignee");
            return this;
        }

        @Override
        public IssueInputParameters setReporterId(String value) {
            reporterId = value;
            return this;
        }

        @Override
        public IssueInputParameters setPriorityId(String value) {
            priorityId = value;
            return this;
        }

        @Override
        public IssueInputParameters setDueDate(String value) {
            dueDate = value;
            provided.add("duedate");
            return this;
        }

        @Override
        public IssueInputParameters setResolutionId(String value) {
            resolutionId = value;
            return this;
        }

        @Override
        public IssueInputParameters setComment(String value) {
            comment = value;
            return this;
        }

        /** The host has no custom fields: a value for one is refused when validated. */
        @Override
        public IssueInputParameters addCustomFieldValue(String fullCustomFieldId, String... values) {
            throw new IllegalArgumentException("the sandbox has no custom field " + fullCustomFieldId);
        }

        @Override
        public void setSkipScreenCheck(boolean value) {
            skipScreenCheck = value;
        }

        @Override
        public void setApplyDefaultValuesWhenParameterNotProvided(boolean value) {
            applyDefaults = value;
        }

        @Override
        public void setRetainExistingValuesWhenParameterNotProvided(boolean value) {
            retainExisting = value;
        }

        @Override
        public IssueInputParameters setComment(String body, Long projectRoleId) {
            throw notHosted("IssueInputParameters.setComment(String, Long)");
        }

        @Override
        public IssueInputParameters setComment(String body, String groupId) {
            throw notHosted("IssueInputParameters.setComment(String, String)");
        }

        @Override
        public void setRetainExistingValuesWhenParameterNotProvided(boolean value, boolean onlyNonEmpty) {
            throw notHosted("IssueInputParameters.setRetainExistingValuesWhenParameterNotProvided(boolean, boolean)");
        }
    }

    /** Jira's SimpleErrorCollection, in short. */
    static final class Errors implements ErrorCollection {
        private final List<String> messages = new ArrayList<>();
        private final Map<String, String> errors = new LinkedHashMap<>();

        @Override
        public Collection<String> getErrorMessages() {
            return messages;
        }

        @Override
        public Map<String, String> getErrors() {
            return errors;
        }

        @Override
        public boolean hasAnyErrors() {
            return !messages.isEmpty() || !errors.isEmpty();
        }

        @Override
        public void addError(String field, String message) {
            errors.put(field, message);
        }

        @Override
        public void addErrorMessage(String message) {
            messages.add(message);
        }
    }

    I18n i18n() {
        return platform.i18n();
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public IssueResult create(ApplicationUser arg0, CreateValidationResult arg1, String arg2) {
        throw notHosted("create");
    }

    @Override
    public IssueResult update(
            ApplicationUser arg0, UpdateValidationResult arg1, EventDispatchOption arg2, boolean arg3) {
        throw notHosted("update");
    }

    @Override
    public TransitionValidationResult validateTransition(
            ApplicationUser arg0, Long arg1, int arg2, IssueInputParameters arg3, TransitionOptions arg4) {
        throw notHosted("validateTransition");
    }

    @Override
    public IssueInputParameters newIssueInputParameters(Map<String, String[]> arg0) {
        throw notHosted("newIssueInputParameters");
    }
}
