package io.debrief.sandbox.debrief;

import io.debrief.core.actionitem.ActionItemCategory;
import io.debrief.core.actionitem.NewActionItem;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.sandbox.NewIssue;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxIssues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Core's issue tracker on the sandbox's issues, behaving as the Jira adapter does: action items are real issues
 * linked to their incident with the "Debrief action item" link type and labelled; checkpoints are sub-tasks of type
 * "Debrief checkpoint"; unknown projects, issue types, users, priorities and resolutions are refused by field.
 *
 * <p>Differences from Jira, on purpose and small: resolving moves the issue straight to Done (Jira's adapter takes
 * the workflow's transition to a done status); the resolution name, its comment and a checkpoint's number are kept
 * as issue properties. As in Jira, an action item's category is a label beside the item label ("debrief-fix").
 */
final class SandboxIssueTracker implements IssueTracker {

    static final String ACTION_ITEM_LINK = "Debrief action item";
    static final Set<String> ISSUE_TYPES = Set.of(SandboxIssue.TASK, SandboxIssue.BUG, "Story");
    static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    static final List<String> RESOLUTIONS = List.of("Done", "Won't Do", "Duplicate", "Cannot Reproduce");
    static final String UNKNOWN = "debrief.sandbox.error.unknown";

    private final SandboxContext host;
    private final SandboxIssues issues;
    private final SandboxIncidents people;
    private final IssueProperties properties;
    private final Clock clock;

    SandboxIssueTracker(SandboxContext host, IssueProperties properties, Clock clock) {
        this.host = host;
        this.clock = clock;
        this.issues = host.issues();
        this.people = new SandboxIncidents(host.issues(), host.users());
        this.properties = properties;
    }

    @Override
    public IssueRef createActionItem(NewActionItem item, String label) {
        if (!host.users().projects().containsKey(item.projectKey())) {
            throw InvalidInputException.of("projectKey", "debrief.error.actionitem.project.invalid", item.projectKey());
        }
        String type = ISSUE_TYPES.stream().filter(t -> t.equalsIgnoreCase(item.issueType())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("issueType", UNKNOWN, item.issueType()));
        if (item.assigneeKey() != null && host.users().find(item.assigneeKey()).isEmpty()) {
            throw InvalidInputException.of("assignee", "debrief.error.actionitem.assignee.invalid");
        }
        SandboxIssue incident = issues.byId(item.incident().id())
                .orElseThrow(() -> new IllegalStateException("incident not found: " + item.incident()));
        return host.inTransaction(() -> {
            NewIssue.Builder issue = NewIssue.of(item.projectKey(), type, item.summary(), clock.instant())
                    .reportedBy(actor()).assignedTo(item.assigneeKey()).labelled(label, item.category().labelBeside(label));
            if (item.due() != null) {
                issue.dueAt(startOf(item.due()));
            }
            SandboxIssue created = issues.create(issue.build());
            issues.link(ACTION_ITEM_LINK, created.id(), incident.id());
            return created.ref();
        });
    }

    @Override
    public IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask) {
        SandboxIssue incident = issues.byId(subTask.incident().id())
                .orElseThrow(() -> new IllegalStateException("incident not found: " + subTask.incident()));
        String summary = host.i18n().getText(subTask.summary().messageKey(), subTask.summary().args().toArray());
        return host.inTransaction(() -> {
            SandboxIssue created = issues.create(NewIssue.of(incident.projectKey(), SandboxIssue.DEBRIEF_CHECKPOINT,
                            summary, clock.instant())
                    .parent(incident.id())
                    .assignedTo(subTask.assignee() == null ? null : subTask.assignee().key())
                    .dueAt(startOf(subTask.due()))
                    .build());
            properties.set(created.id(), IssueProperties.CHECKPOINT_NUMBER, Integer.toString(subTask.number()));
            return created.ref();
        });
    }

    @Override
    public Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number) {
        String wanted = Integer.toString(number);
        return issues.subTasks(incident.id()).stream()
                .filter(issue -> SandboxIssue.DEBRIEF_CHECKPOINT.equals(issue.type()))
                .filter(issue -> properties.get(issue.id(), IssueProperties.CHECKPOINT_NUMBER)
                        .filter(wanted::equals).isPresent())
                .map(SandboxIssue::ref).findFirst();
    }

    @Override
    public boolean addLabel(IssueRef issue, String label) {
        Optional<SandboxIssue> found = issues.byId(issue.id());
        if (found.isEmpty() || found.get().labels().contains(label)) {
            return false;
        }
        issues.addLabel(issue.id(), label);
        return true;
    }

    @Override
    public Optional<TrackedIssue> find(String key) {
        return key == null || key.isBlank() ? Optional.empty() : issues.byKey(key).map(this::tracked);
    }

    @Override
    public Page<TrackedIssue> debriefItems(ItemSearch search, Audience audience, PageRequest page) {
        Predicate<TrackedIssue> filter = search.filter() == null ? issue -> true : SandboxJql.parse(search.filter());
        List<TrackedIssue> matching = candidates(search).stream()
                .filter(issue -> !(audience instanceof Audience.Person person) || person.viewer().canBrowse(issue.ref()))
                .map(this::tracked)
                .filter(search::matches)
                .filter(filter)
                .sorted(Comparator.comparingLong(issue -> issue.ref().id()))
                .toList();
        return Page.of(matching, page);
    }

    /** The issues worth reading for a search: one incident's linked items and sub-tasks, or every labelled issue. */
    private List<SandboxIssue> candidates(ItemSearch search) {
        if (search.incident() == null) {
            return issues.labelled(search.label());
        }
        long incidentId = search.incident().id();
        List<SandboxIssue> found = new java.util.ArrayList<>(issues.subTasks(incidentId));
        issues.links(incidentId).stream()
                .filter(link -> ACTION_ITEM_LINK.equals(link.typeName()) && link.destinationId() == incidentId)
                .map(link -> issues.byId(link.sourceId()))
                .flatMap(Optional::stream)
                .forEach(found::add);
        return found;
    }

    @Override
    public void resolve(IssueRef issue, String resolutionName, String comment) {
        String resolution = named(RESOLUTIONS, resolutionName, "resolution");
        host.inTransaction(() -> {
            issues.transition(existing(issue).id(), "Done", SandboxIssues.DONE, clock.instant(), actor());
            properties.set(issue.id(), IssueProperties.RESOLUTION, resolution);
            properties.set(issue.id(), IssueProperties.RESOLUTION_COMMENT, comment == null ? "" : comment);
            return null;
        });
    }

    /** Every sandbox issue has a way to Done, and the sandbox knows its resolutions by name. */
    @Override
    public boolean canResolve(IssueRef issue, String resolutionName) {
        return issues.byId(issue.id()).isPresent() && RESOLUTIONS.stream()
                .anyMatch(known -> known.equalsIgnoreCase(resolutionName == null ? "" : resolutionName.trim()));
    }

    @Override
    public boolean mayBrowse(String userKey, String projectKey) {
        return userKey != null && host.users().find(userKey).isPresent()
                && host.users().viewer(Optional.of(userKey)).canBrowseProject(projectKey);
    }

    @Override
    public void setPriority(IssueRef issue, String priorityName) {
        issues.setPriority(existing(issue).id(), named(PRIORITIES, priorityName, "priority"));
    }

    @Override
    public void setDue(IssueRef issue, LocalDate due) {
        issues.setDue(existing(issue).id(), due == null ? null : startOf(due));
    }

    private SandboxIssue existing(IssueRef issue) {
        return issues.byId(issue.id()).orElseThrow(() -> new IllegalStateException("issue not found: " + issue));
    }

    private TrackedIssue tracked(SandboxIssue issue) {
        return new TrackedIssue(issue.ref(), statusCategory(issue.statusCategory()), issue.summary(),
                people.user(issue.assignee()), issue.due() == null ? null : LocalDate.ofInstant(issue.due(), ZoneOffset.UTC),
                issue.created(), issue.resolved(), issue.priority(), Set.copyOf(issue.labels()),
                issue.component() == null ? Set.of() : Set.of(issue.component()), incidentOf(issue).orElse(null),
                ActionItemCategory.fromLabels(Set.copyOf(issue.labels())).orElse(null));
    }

    /** The incident an issue belongs to: its parent when that is an Incident, else the target of our link type. */
    private Optional<IssueRef> incidentOf(SandboxIssue issue) {
        if (issue.parentId() != null) {
            Optional<SandboxIssue> parent = issues.byId(issue.parentId()).filter(SandboxIssueTracker::isIncident);
            if (parent.isPresent()) {
                return parent.map(SandboxIssue::ref);
            }
        }
        return issues.links(issue.id()).stream()
                .filter(link -> ACTION_ITEM_LINK.equals(link.typeName()) && link.sourceId() == issue.id())
                .map(link -> issues.byId(link.destinationId()))
                .flatMap(Optional::stream)
                .filter(SandboxIssueTracker::isIncident)
                .map(SandboxIssue::ref).findFirst();
    }

    private static boolean isIncident(SandboxIssue issue) {
        return SandboxIssue.INCIDENT.equals(issue.type());
    }

    static StatusCategory statusCategory(String key) {
        if (SandboxIssues.DONE.equals(key)) {
            return StatusCategory.DONE;
        }
        return SandboxIssues.NEW.equals(key) ? StatusCategory.TO_DO : StatusCategory.IN_PROGRESS;
    }

    /** Who acts: the person behind the request; the scheduled job has none. */
    private String actor() {
        return host.currentViewer().user().map(UserRef::key).orElse(null);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String named(List<String> known, String name, String field) {
        return known.stream().filter(k -> k.equalsIgnoreCase(name == null ? "" : name.trim())).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, UNKNOWN, name + " (" + String.join(", ", known) + ")"));
    }
}
