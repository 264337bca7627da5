package io.debrief.plugin.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.NewIncident;
import io.debrief.core.tracker.TrackedIssue;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Core's issue tracker on Jira: every write goes through IssueService validation first, acting as the logged-in user
 * (the scheduled job has none: it acts as the incident project's lead), so Jira's own permissions and field rules apply.
 *
 * <p>Jira has no transaction across create, label and link: an action item that was created and labelled but could
 * not be linked is left in place (IssueService delete is not in our API surface) and reported as a conflict naming
 * the new key, so the person can link it by hand; being labelled, it still shows in the monthly review.
 *
 * <p>{@link #resolve} closes the issue through its own workflow: the first transition to a done status the acting
 * person may take ({@link DoneTransitions}), with the resolution and the reason as a comment, validated by IssueService.
 */
@Component
class JiraIssueTracker implements IssueTracker {

    static final String GENERAL_FIELD = "general";
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueTracker.class);
    /** No link sequence of our own; typed, as every null we pass Jira (NoBareNullToStandInsTest). */
    private static final Long NEXT_SEQUENCE = null;
    /** Jira's default link type ("relates to"): a checkpoint links the items it reviews; never our action-item type. */
    static final String RELATES_LINK_TYPE = "Relates";

    private static final Map<String, String> OUR_FIELD_NAMES = Map.of(
            "pid",
            "projectKey",
            "project",
            "projectKey",
            "issuetype",
            "issueType",
            "duedate",
            "due",
            "summary",
            "summary",
            "assignee",
            "assignee");

    private final IssueService issueService;
    private final IssueManager issues;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final ConstantsManager constants;
    private final PriorityManager priorities;
    private final ResolutionManager resolutions;
    private final LabelManager labels;
    private final IssueLinkManager links;
    private final SubTaskManager subTasks;
    private final UserManager users;
    private final I18nResolver i18n;
    private final DebriefTypeIds typeIds;
    private final JiraSearch search;
    private final TrackedIssues tracked;
    private final DoneTransitions doneTransitions;
    private final DueDates dueDates;
    private final PermissionManager permissions;
    private final IssueLinkTypeManager linkTypes;

    @Inject
    JiraIssueTracker(
            @ComponentImport IssueService issueService,
            @ComponentImport IssueManager issues,
            @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport ProjectManager projects,
            @ComponentImport ConstantsManager constants,
            @ComponentImport PriorityManager priorities,
            @ComponentImport ResolutionManager resolutions,
            @ComponentImport LabelManager labels,
            @ComponentImport IssueLinkManager links,
            @ComponentImport SubTaskManager subTasks,
            @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n,
            DebriefTypeIds typeIds,
            JiraSearch search,
            TrackedIssues tracked,
            DoneTransitions doneTransitions,
            DueDates dueDates,
            @ComponentImport PermissionManager permissions,
            @ComponentImport IssueLinkTypeManager linkTypes) {
        this.issueService = issueService;
        this.issues = issues;
        this.authentication = authentication;
        this.projects = projects;
        this.constants = constants;
        this.priorities = priorities;
        this.resolutions = resolutions;
        this.labels = labels;
        this.links = links;
        this.subTasks = subTasks;
        this.users = users;
        this.i18n = i18n;
        this.typeIds = typeIds;
        this.search = search;
        this.tracked = tracked;
        this.doneTransitions = doneTransitions;
        this.dueDates = dueDates;
        this.permissions = permissions;
        this.linkTypes = linkTypes;
    }

    @Override
    public IssueRef createActionItem(NewActionItem item, String label) {
        Project project = projects.getProjectObjByKey(item.projectKey());
        if (project == null) {
            throw InvalidInputException.of("projectKey", "debrief.error.actionitem.project.invalid", item.projectKey());
        }
        IssueType type = regularIssueType(item.issueType())
                .orElseThrow(() -> InvalidInputException.of(
                        "issueType", "debrief.jira.error.issuetype.unknown", item.issueType()));
        ApplicationUser actor = actor(project);
        IssueInputParameters input = issueService
                .newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(item.summary())
                .setDescription(i18n.getText(
                        "debrief.jira.actionitem.description", item.incident().key()));
        if (item.assigneeKey() != null) {
            input.setAssigneeId(username(item.assigneeKey()));
        }
        if (item.due() != null) {
            input.setDueDate(dueDates.format(item.due()));
        }
        if (item.priority() != null) {
            // a priority Jira no longer has leaves the project's default (the due date was counted from the name)
            named(priorities.getPriorities(), item.priority(), Priority::getName)
                    .ifPresent(priority -> input.setPriorityId(priority.getId()));
        }
        // our form is the screen: due date and assignee apply even where the project's create screen lacks them
        input.setSkipScreenCheck(true);
        IssueService.CreateValidationResult validation = issueService.validateCreate(actor, input);
        refuseIfInvalid(validation);
        Issue created = created(issueService.create(actor, validation));
        labels.addLabel(actor, created.getId(), label, false);
        if (item.category() != null) {
            labels.addLabel(actor, created.getId(), item.category().labelBeside(label), false);
        }
        link(created, item.incident(), actor);
        return JiraRefs.ref(created);
    }

    /**
     * The sub-task names its incident and the items to review in its description, and links each item ("relates
     * to"), so Jira's own issue view shows them. An owner Jira will not assign in the incident's project (left, lost
     * the project, not assignable) must not block the checkpoint: validated again unassigned, it opens for the team.
     */
    @Override
    public IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask) {
        Issue parent = issues.getIssueObject(subTask.incident().id());
        String typeId = typeIds.checkpointTypeId()
                .orElseThrow(() -> new IllegalStateException("the Debrief checkpoint issue type is not set up"));
        if (parent == null) {
            throw new IllegalStateException("incident not found: " + subTask.incident());
        }
        ApplicationUser actor = actor(parent.getProjectObject());
        ApplicationUser owner = subTask.assignee() == null
                ? null
                : users.getUserByKey(subTask.assignee().key());
        IssueService.CreateValidationResult validation = issueService.validateSubTaskCreate(
                actor, parent.getId(), checkpointInput(parent, typeId, subTask, owner));
        if (owner != null && !validation.isValid() && refusesAssignee(validation)) {
            LOG.warn(
                    "Debrief: {} cannot be assigned in {}; checkpoint {} of {} opens unassigned",
                    owner.getUsername(),
                    parent.getProjectObject() == null
                            ? "?"
                            : parent.getProjectObject().getKey(),
                    subTask.number(),
                    parent.getKey());
            validation = issueService.validateSubTaskCreate(
                    actor, parent.getId(), checkpointInput(parent, typeId, subTask, null));
        }
        refuseIfInvalid(validation);
        Issue created = created(issueService.create(actor, validation));
        try {
            subTasks.createSubTaskIssueLink(parent, created, actor);
        } catch (Exception e) {
            // throws U (CreateException in 6.3): the sub-task exists; the claim records it, an admin can re-parent
            LOG.error(
                    "Debrief: created {} but could not make it a sub-task of {}", created.getKey(), parent.getKey(), e);
        }
        linkItems(created, subTask.openItems(), actor);
        return JiraRefs.ref(created);
    }

    private IssueInputParameters checkpointInput(
            Issue parent, String typeId, NewCheckpointSubTask subTask, ApplicationUser assignee) {
        String items = subTask.openItems().stream().map(IssueRef::key).collect(Collectors.joining(", "));
        IssueInputParameters input = issueService
                .newIssueInputParameters()
                .setProjectId(parent.getProjectId())
                .setIssueTypeId(typeId)
                .setSummary(i18n.getText(
                        subTask.summary().messageKey(),
                        serializable(subTask.summary().args())))
                .setDescription(i18n.getText("debrief.jira.checkpoint.description", parent.getKey(), items))
                .setDueDate(dueDates.format(subTask.due()));
        if (assignee != null) {
            input.setAssigneeId(assignee.getUsername());
        }
        input.setSkipScreenCheck(true);
        return input;
    }

    private static boolean refusesAssignee(ServiceResult validation) {
        ErrorCollection errors = validation.getErrorCollection();
        return errors != null
                && errors.getErrors() != null
                && errors.getErrors().containsKey("assignee");
    }

    /** Best effort: the sub-task exists and its description names the items; a missing link is logged, not fatal. */
    private void linkItems(Issue checkpoint, List<IssueRef> items, ApplicationUser actor) {
        if (items.isEmpty()) {
            return;
        }
        IssueLinkType relates = first(linkTypes.getIssueLinkTypesByName(RELATES_LINK_TYPE));
        if (relates == null) {
            LOG.warn(
                    "Debrief: no '{}' link type in Jira; checkpoint {} names its items in its description only",
                    RELATES_LINK_TYPE,
                    checkpoint.getKey());
            return;
        }
        for (IssueRef item : items) {
            try {
                links.createIssueLink(checkpoint.getId(), item.id(), relates.getId(), NEXT_SEQUENCE, actor);
            } catch (Exception e) {
                LOG.error("Debrief: could not link checkpoint {} to {}", checkpoint.getKey(), item.key(), e);
            }
        }
    }

    private static IssueLinkType first(Collection<IssueLinkType> types) {
        return types == null || types.isEmpty() ? null : types.iterator().next();
    }

    @Override
    public Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number) {
        Optional<String> typeId = typeIds.checkpointTypeId();
        if (typeId.isEmpty()) {
            return Optional.empty();
        }
        String prefix = i18n.getText("debrief.jira.checkpoint.summary.prefix", number);
        return search
                .all(
                        actor(issueProject(incident)),
                        true,
                        DebriefJql.checkpointSubTasks(incident.key(), typeId.get()),
                        JiraSearch.PAGE_SIZE)
                .stream()
                .filter(issue ->
                        issue.getSummary() != null && issue.getSummary().startsWith(prefix))
                .map(JiraRefs::ref)
                .findFirst();
    }

    @Override
    public boolean addLabel(IssueRef ref, String label) {
        Issue issue = issues.getIssueObject(ref.id());
        if (issue == null || TrackedIssues.labels(issue).contains(label)) {
            return false;
        }
        labels.addLabel(actor(issue.getProjectObject()), issue.getId(), label, false);
        return true;
    }

    @Override
    public Optional<TrackedIssue> find(String key) {
        Issue issue = key == null || key.isBlank() ? null : issues.getIssueObject(key);
        return Optional.ofNullable(issue).map(found -> tracked.toTracked(found, null));
    }

    @Override
    public Page<TrackedIssue> debriefItems(ItemSearch itemSearch, Audience audience, PageRequest page) {
        boolean system = audience instanceof Audience.System;
        ApplicationUser searcher = searcher(itemSearch, audience);
        SearchResults<Issue> results =
                search.page(searcher, system, DebriefJql.items(itemSearch), page.start(), page.limit());
        List<TrackedIssue> items = new ArrayList<>();
        for (Issue issue : results.getResults()) {
            items.add(tracked(issue, itemSearch));
        }
        return new Page<>(items, page.start(), results.getTotal());
    }

    /**
     * In Jira's largest pages ({@link JiraSearch#PAGE_SIZE}) rather than the port's default of 200: the monthly review
     * over 10,000 items costs 10 searches, not 50. Capped at Jira's {@link JiraSearch#MAX_HITS}, logged when reached.
     */
    @Override
    public List<TrackedIssue> allDebriefItems(ItemSearch itemSearch, Audience audience) {
        boolean system = audience instanceof Audience.System;
        ApplicationUser searcher = searcher(itemSearch, audience);
        List<TrackedIssue> items = new ArrayList<>();
        for (Issue issue : search.all(searcher, system, DebriefJql.items(itemSearch), JiraSearch.MAX_HITS)) {
            items.add(tracked(issue, itemSearch));
        }
        return items;
    }

    /** An issue found by a search, with its incident looked up only when the search asks for incidents. */
    private TrackedIssue tracked(Issue issue, ItemSearch itemSearch) {
        return itemSearch.incidents()
                ? tracked.toTracked(issue, itemSearch.incident())
                : tracked.asItemOf(issue, itemSearch.incident());
    }

    /**
     * One search for the page's items by id ({@code issue in (...)}), as the person, so Jira's permissions, issue
     * security levels included, decide what comes back; the incidents come from the caller, no link is read, and the
     * same search says which of them the person may see (none is loaded on its own); Edit Issues is asked on the issue
     * objects the search returned, not on issues loaded again.
     */
    @Override
    public List<Read> issues(Map<Long, IssueRef> incidents, Collection<IssueRef> items, Audience audience) {
        if (items.isEmpty()) {
            return List.of();
        }
        boolean system = audience instanceof Audience.System;
        ApplicationUser searcher = searcherOf(audience);
        Set<Long> itemIds = items.stream().map(IssueRef::id).collect(Collectors.toCollection(HashSet::new));
        List<Long> asked = new ArrayList<>(itemIds);
        if (!system) {
            // the person's view of the items' incidents, in the same search: an incident they may not see is not named
            incidents.values().stream()
                    .filter(java.util.Objects::nonNull)
                    .map(IssueRef::id)
                    .filter(id -> !itemIds.contains(id))
                    .distinct()
                    .forEach(asked::add);
        }
        List<Issue> results = byIds(asked, audience);
        Set<Long> seen = results.stream().map(Issue::getId).collect(Collectors.toSet());
        List<Read> found = new ArrayList<>();
        for (Issue issue : results) {
            if (!itemIds.contains(issue.getId())) {
                continue;
            }
            IssueRef incident = incidents.get(issue.getId());
            if (incident != null && !system && !seen.contains(incident.id())) {
                incident = null;
            }
            boolean editable = system
                    || (searcher != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, searcher));
            found.add(new Read(tracked.asItemOf(issue, incident), editable));
        }
        return found;
    }

    /**
     * One search by id as the person (Jira's permissions and issue security levels decide), keeping only the ids of
     * what came back: no field is read, no link looked up, no permission asked issue by issue.
     */
    @Override
    public Set<Long> visible(Collection<IssueRef> items, Audience audience) {
        if (items.isEmpty()) {
            return Set.of();
        }
        Set<Long> seen = new HashSet<>();
        for (Issue issue : byIds(items.stream().map(IssueRef::id).distinct().toList(), audience)) {
            seen.add(issue.getId());
        }
        return seen;
    }

    /** One {@code issue in (ids)} search as the audience, for at most as many issues as it names. */
    private List<Issue> byIds(List<Long> ids, Audience audience) {
        return search.page(
                        searcherOf(audience), audience instanceof Audience.System, DebriefJql.byIds(ids), 0, ids.size())
                .getResults();
    }

    /** Who a search runs as: the person, or for the system whoever is logged in (the job: nobody). */
    private ApplicationUser searcherOf(Audience audience) {
        return audience instanceof Audience.System
                ? authentication.getLoggedInUser()
                : personOf((Audience.Person) audience);
    }

    /** Who searches: the person, or for the system whoever is logged in (the job: nobody); checks a person's filter. */
    private ApplicationUser searcher(ItemSearch itemSearch, Audience audience) {
        ApplicationUser searcher = searcherOf(audience);
        if (itemSearch.filter() != null) {
            // a person's JQL joins ours only once it reads on its own: it cannot close our brackets or sort
            search.checkFilter(searcher, itemSearch.filter());
        }
        return searcher;
    }

    @Override
    public void resolve(IssueRef ref, String resolutionName, String comment) {
        Resolution resolution = named(resolutions.getResolutions(), resolutionName, Resolution::getName)
                .orElseThrow(() -> InvalidInputException.of(
                        "resolution", "debrief.jira.error.resolution.unknown", resolutionName));
        Issue issue = existing(ref);
        ApplicationUser actor = actor(issue.getProjectObject());
        int action = doneTransitions
                .forClosing(issue, actor)
                .orElseThrow(() -> new ConflictException("debrief.jira.error.resolve.no.transition", ref.key()));
        IssueInputParameters input = issueService.newIssueInputParameters().setResolutionId(resolution.getId());
        if (comment != null && !comment.isBlank()) {
            input.setComment(comment);
        }
        // "Done" transitions often have no screen: without this Jira would ignore the resolution
        input.setSkipScreenCheck(true);
        IssueService.TransitionValidationResult validation =
                issueService.validateTransition(actor, issue.getId(), action, input);
        refuseIfInvalid(validation);
        refuseIfInvalid(issueService.transition(actor, validation));
    }

    @Override
    public boolean canResolve(IssueRef ref, String resolutionName) {
        Issue issue = issues.getIssueObject(ref.id());
        return issue != null
                && named(resolutions.getResolutions(), resolutionName, Resolution::getName)
                        .isPresent()
                && doneTransitions
                        .forClosing(issue, actor(issue.getProjectObject()))
                        .isPresent();
    }

    @Override
    public boolean has(Named kind, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return switch (kind) {
            case PROJECT -> projects.getProjectObjByKey(name.strip()) != null;
            case RESOLUTION ->
                named(resolutions.getResolutions(), name.strip(), Resolution::getName)
                        .isPresent();
            case PRIORITY ->
                named(priorities.getPriorities(), name.strip(), Priority::getName)
                        .isPresent();
        };
    }

    @Override
    public boolean mayBrowse(String userKey, String projectKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return user != null
                && project != null
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    /**
     * The user by username, when active and allowed to create issues in the project (Create Issues, asked of Jira's
     * permissions for that user) and the Incident issue type is set up; the same user creates the issue later.
     */
    @Override
    public Optional<UserRef> incidentReporter(String username, String projectKey) {
        ApplicationUser user = username == null || username.isBlank() ? null : users.getUserByName(username.strip());
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (user == null
                || !user.isActive()
                || project == null
                || typeIds.incidentTypeId().isEmpty()
                || !permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            return Optional.empty();
        }
        return Optional.of(new UserRef(user.getKey(), user.getDisplayName()));
    }

    /**
     * Validated and created by IssueService as the source's acting user, who is also its reporter, so Jira's own
     * permissions and field rules for that user apply; the description names the source, the alert and its labels.
     */
    @Override
    public IssueRef createIncident(NewIncident incident) {
        ApplicationUser actor = users.getUserByKey(incident.reporterKey());
        if (actor == null || !actor.isActive()) {
            throw InvalidInputException.of(
                    "actingUser",
                    "debrief.error.intake.source.acting.user",
                    incident.reporterKey(),
                    incident.projectKey());
        }
        Project project = projects.getProjectObjByKey(incident.projectKey());
        if (project == null) {
            throw InvalidInputException.of(
                    "incidentProject", "debrief.error.intake.source.incident.project", incident.projectKey());
        }
        String typeId = typeIds.incidentTypeId()
                .orElseThrow(() -> new IllegalStateException("the Debrief Incident issue type is not set up"));
        IssueInputParameters input = issueService
                .newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(typeId)
                .setSummary(incident.summary())
                .setReporterId(actor.getUsername())
                .setDescription(incidentDescription(incident));
        input.setSkipScreenCheck(true);
        IssueService.CreateValidationResult validation = issueService.validateCreate(actor, input);
        refuseIfInvalid(validation);
        return JiraRefs.ref(created(issueService.create(actor, validation)));
    }

    private String incidentDescription(NewIncident incident) {
        String labels = incident.labels().entrySet().stream()
                .map(label -> "* " + label.getKey() + ": " + label.getValue())
                .collect(Collectors.joining("\n"));
        String opened = i18n.getText("debrief.jira.incident.description", incident.sourceName(), incident.alertKey());
        StringBuilder text = new StringBuilder(opened);
        if (!labels.isEmpty()) {
            text.append("\n\n").append(labels);
        }
        if (incident.link() != null) {
            text.append("\n\n").append(i18n.getText("debrief.jira.incident.link", incident.link()));
        }
        return text.toString();
    }

    @Override
    public void setPriority(IssueRef ref, String priorityName) {
        Priority priority = named(priorities.getPriorities(), priorityName, Priority::getName)
                .orElseThrow(() ->
                        InvalidInputException.of("priority", "debrief.jira.error.priority.unknown", priorityName));
        update(ref, issueService.newIssueInputParameters().setPriorityId(priority.getId()));
    }

    @Override
    public void setDue(IssueRef ref, LocalDate due) {
        // a checkpoint re-planned an item: the new date goes where every Jira user looks, the issue's due date; an
        // empty value is how Jira's date fields are cleared (a failed re-plan put back to no due date)
        update(ref, issueService.newIssueInputParameters().setDueDate(due == null ? "" : dueDates.format(due)));
    }

    private Issue existing(IssueRef ref) {
        Issue issue = issues.getIssueObject(ref.id());
        if (issue == null) {
            throw new IllegalStateException("issue not found: " + ref);
        }
        return issue;
    }

    private void update(IssueRef ref, IssueInputParameters input) {
        Issue issue = existing(ref);
        // the review changes one field: the others keep their values whatever the edit screen shows
        input.setSkipScreenCheck(true);
        input.setRetainExistingValuesWhenParameterNotProvided(true);
        ApplicationUser actor = actor(issue.getProjectObject());
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(actor, issue.getId(), input);
        refuseIfInvalid(validation);
        refuseIfInvalid(issueService.update(actor, validation));
    }

    private void link(Issue item, IssueRef incident, ApplicationUser actor) {
        Long linkTypeId = typeIds.actionItemLinkTypeId().orElse(null);
        try {
            if (linkTypeId == null) {
                throw new IllegalStateException("the Debrief action item link type is not set up");
            }
            links.createIssueLink(item.getId(), incident.id(), linkTypeId, NEXT_SEQUENCE, actor);
        } catch (Exception e) {
            LOG.error("Debrief: created {} but could not link it to {}", item.getKey(), incident.key(), e);
            throw new ConflictException("debrief.jira.error.actionitem.link.failed", item.getKey(), incident.key());
        }
    }

    /**
     * One "Debrief repeat" link from the new incident to the earlier one, as the person logged in (Jira keeps one link
     * per type and pair: a second call adds nothing). A missing link type or a refusal by Jira is a conflict.
     */
    @Override
    public void linkAsRepeat(IssueRef incident, IssueRef earlier) {
        Issue repeat = existing(incident);
        Long linkTypeId = typeIds.repeatLinkTypeId()
                .orElseThrow(() -> new ConflictException("debrief.jira.error.repeat.link.failed", incident.key()));
        if (links.getIssueLink(incident.id(), earlier.id(), linkTypeId) != null) {
            return;
        }
        try {
            links.createIssueLink(
                    incident.id(), earlier.id(), linkTypeId, NEXT_SEQUENCE, actor(repeat.getProjectObject()));
        } catch (Exception e) {
            LOG.error("Debrief: could not link {} as a repeat of {}", incident.key(), earlier.key(), e);
            throw new ConflictException("debrief.jira.error.repeat.link.failed", incident.key());
        }
    }

    /** The destinations of the incident's outward "Debrief repeat" links; none while the link type is not set up. */
    @Override
    public List<IssueRef> repeatOf(IssueRef incident) {
        Optional<Long> linkTypeId = typeIds.repeatLinkTypeId();
        if (linkTypeId.isEmpty()) {
            return List.of();
        }
        List<IssueRef> earlier = new ArrayList<>();
        for (IssueLink link : links.getOutwardLinks(incident.id())) {
            if (linkTypeId.get().equals(link.getLinkTypeId()) && link.getDestinationObject() != null) {
                earlier.add(JiraRefs.ref(link.getDestinationObject()));
            }
        }
        return earlier;
    }

    private Optional<IssueType> regularIssueType(String name) {
        Collection<IssueType> all = constants.getAllIssueTypeObjects();
        return all == null
                ? Optional.empty()
                : all.stream()
                        .filter(type -> !type.isSubTask() && name.equalsIgnoreCase(type.getName()))
                        .findFirst();
    }

    /** IssueInputParameters.setAssigneeId takes the user name (U: key in some versions), so we pass the name. */
    private String username(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null) {
            throw InvalidInputException.of("assignee", "debrief.error.actionitem.assignee.invalid");
        }
        return user.getUsername();
    }

    /** Who acts: the logged-in user; without one (the scheduled job) the project lead, so Jira still checks rights. */
    private ApplicationUser actor(Project project) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null || project == null ? user : project.getProjectLead();
    }

    private Project issueProject(IssueRef ref) {
        return projects.getProjectObjByKey(ref.projectKey());
    }

    /**
     * The Jira user a person's search runs as: the one their viewer was made for, or for a viewer made elsewhere the
     * user it names (anonymous: none), never whoever happens to be logged in on this thread.
     */
    private ApplicationUser personOf(Audience.Person person) {
        if (person.viewer() instanceof JiraViewerProvider.JiraViewer viewer) {
            return viewer.jiraUser();
        }
        return person.viewer()
                .user()
                .map(user -> users.getUserByKey(user.key()))
                .orElse(null);
    }

    private static Issue created(IssueService.IssueResult result) {
        refuseIfInvalid(result);
        return result.getIssue();
    }

    /** Jira's field errors become ours, field by field; nothing was written when this throws. */
    static void refuseIfInvalid(ServiceResult result) {
        if (result.isValid()) {
            return;
        }
        ErrorCollection errors = result.getErrorCollection();
        List<ValidationError> ours = new ArrayList<>();
        if (errors != null) {
            errors.getErrors()
                    .forEach((field, message) -> ours.add(ValidationError.of(
                            OUR_FIELD_NAMES.getOrDefault(field, field), "debrief.jira.error.field", message)));
            errors.getErrorMessages()
                    .forEach(message ->
                            ours.add(ValidationError.of(GENERAL_FIELD, "debrief.jira.error.field", message)));
        }
        if (ours.isEmpty()) {
            ours.add(ValidationError.of(GENERAL_FIELD, "debrief.jira.error.rejected"));
        }
        throw new InvalidInputException(ours);
    }

    private static <T> Optional<T> named(
            Collection<T> all, String name, java.util.function.Function<T, String> nameOf) {
        return all == null || name == null
                ? Optional.empty()
                : all.stream()
                        .filter(each -> name.equalsIgnoreCase(nameOf.apply(each)))
                        .findFirst();
    }

    private static Serializable[] serializable(List<Object> args) {
        return args.stream()
                .map(arg -> arg instanceof Serializable value ? value : String.valueOf(arg))
                .toArray(Serializable[]::new);
    }
}
