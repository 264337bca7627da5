package io.debrief.core.testkit;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.NewIncident;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** An issue tracker in memory that remembers what was asked of it; it can be told to fail for chosen incidents. */
public final class InMemoryIssueTracker implements IssueTracker {

    /** The resolutions of a fresh Jira. */
    public static final Set<String> KNOWN_RESOLUTIONS = Set.of("Done", "Won't Do", "Duplicate", "Cannot Reproduce");
    /** Jira's default priorities. */
    public static final Set<String> KNOWN_PRIORITIES = Set.of("Highest", "High", "Medium", "Low", "Lowest");
    /** The projects every test world has, besides those of the issues it is given. */
    public static final Set<String> KNOWN_PROJECTS = Set.of("OPS", "INC", "PAY", "WEB");

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(90_000);
    private final Map<String, TrackedIssue> issues = new LinkedHashMap<>();
    private final Map<IssueRef, NewActionItem> createdActionItems = new LinkedHashMap<>();
    private final Map<IssueRef, NewCheckpointSubTask> createdSubTasks = new LinkedHashMap<>();
    private final Map<String, IssueRef> subTaskByIncidentAndNumber = new HashMap<>();
    private final Map<IssueRef, String> resolutions = new HashMap<>();
    private final Map<IssueRef, String> comments = new HashMap<>();
    private final Map<IssueRef, Supplier<RuntimeException>> failingIncidents = new HashMap<>();
    private final Set<IssueRef> refusingChanges = new HashSet<>();
    private final Map<String, Predicate<TrackedIssue>> filters = new HashMap<>();
    private final Set<IssueRef> withoutDoneTransition = new HashSet<>();
    private final Map<String, Set<String>> browsableProjects = new HashMap<>();
    private final Map<String, Set<String>> incidentProjects = new HashMap<>();
    private final Map<IssueRef, NewIncident> createdIncidents = new LinkedHashMap<>();
    private int refusingIncidents;
    private final List<String> writes = new ArrayList<>();
    private final Map<IssueRef, List<IssueRef>> repeatLinks = new HashMap<>();
    private boolean refusingNewItems;
    private int labelsAdded;
    private int searches;
    private int materialised;
    private int lookups;

    public InMemoryIssueTracker(Clock clock) {
        this.clock = clock;
    }

    /** Puts issues in the tracker as they are. */
    public InMemoryIssueTracker given(TrackedIssue... existing) {
        for (TrackedIssue issue : existing) {
            issues.put(issue.key(), issue);
        }
        return this;
    }

    /** Deletes the issue, as a person would in the tracker (no event reaches anyone). */
    public InMemoryIssueTracker deleted(IssueRef issue) {
        issues.remove(issue.key());
        return this;
    }

    /** Moves the issue to another project, where it gets a new key and keeps its id, as Jira's move does. */
    public TrackedIssue moved(TrackedIssue issue, String projectKey) {
        issues.remove(issue.key());
        IssueRef moved =
                new IssueRef(issue.ref().id(), projectKey + "-" + issue.ref().id(), projectKey);
        TrackedIssue after = new TrackedIssue(
                moved,
                issue.status(),
                issue.summary(),
                issue.assignee(),
                issue.due(),
                issue.created(),
                issue.resolved(),
                issue.priority(),
                issue.labels(),
                issue.components(),
                issue.incident(),
                issue.category());
        issues.put(after.key(), after);
        return after;
    }

    /** Makes every checkpoint sub-task creation under this incident fail, like a tracker refusing the request. */
    public InMemoryIssueTracker failCheckpointsFor(IssueRef incident) {
        return failCheckpointsFor(
                incident, () -> new IllegalStateException("tracker refused sub-task for " + incident.key()));
    }

    /** Makes every checkpoint sub-task creation under this incident throw what {@code failure} gives. */
    public InMemoryIssueTracker failCheckpointsFor(IssueRef incident, Supplier<RuntimeException> failure) {
        failingIncidents.put(incident, failure);
        return this;
    }

    /** Teaches the tracker one filter of its query language (as Jira reads JQL); any other filter is refused. */
    public InMemoryIssueTracker understands(String filter, Predicate<TrackedIssue> meaning) {
        filters.put(filter, meaning);
        return this;
    }

    /** Makes every change to this issue (resolve, priority, due date) fail, like a workflow refusing it. */
    public InMemoryIssueTracker refuseChangesTo(IssueRef issue) {
        refusingChanges.add(issue);
        return this;
    }

    /** The issue's workflow offers no transition to done: it cannot be resolved (canResolve false, resolve fails). */
    public InMemoryIssueTracker noDoneTransitionFor(IssueRef issue) {
        withoutDoneTransition.add(issue);
        return this;
    }

    /** The user exists and may browse exactly these projects. */
    public InMemoryIssueTracker userMayBrowse(String userKey, String... projectKeys) {
        browsableProjects.put(userKey, Set.of(projectKeys));
        return this;
    }

    /** The user (username and key alike) exists and may create Incident issues in exactly these projects. */
    public InMemoryIssueTracker userMayOpenIncidentsIn(String username, String... projectKeys) {
        incidentProjects.put(username, Set.of(projectKeys));
        return this;
    }

    /** Makes the next {@code times} incident creations fail, like Jira refusing the create. */
    public InMemoryIssueTracker refuseNewIncidents(int times) {
        refusingIncidents = times;
        return this;
    }

    /** The Incident issues created so far, in order, with what was asked. */
    public Map<IssueRef, NewIncident> createdIncidents() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(createdIncidents));
    }

    /** Every write asked of the tracker so far, in order: "resolve OPS-7 Done", "setDue OPS-8 2026-04-30". */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    public InMemoryIssueTracker stopFailing() {
        failingIncidents.clear();
        refusingChanges.clear();
        refusingNewItems = false;
        return this;
    }

    /** Makes every action item creation fail, like Jira refusing the create. */
    public InMemoryIssueTracker refuseNewItems() {
        refusingNewItems = true;
        return this;
    }

    @Override
    public IssueRef createActionItem(NewActionItem item, String label) {
        if (refusingNewItems) {
            throw new IllegalStateException("tracker refused to create " + item.summary());
        }
        long id = ids.incrementAndGet();
        IssueRef ref = new IssueRef(id, item.projectKey() + "-" + id, item.projectKey());
        issues.put(
                ref.key(),
                new TrackedIssue(
                        ref,
                        StatusCategory.TO_DO,
                        item.summary(),
                        null,
                        item.due(),
                        clock.instant(),
                        null,
                        item.priority() == null ? "Medium" : item.priority(),
                        Set.of(label, item.category().labelBeside(label)),
                        Set.of(),
                        item.incident(),
                        item.category()));
        createdActionItems.put(ref, item);
        return ref;
    }

    @Override
    public IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask) {
        Supplier<RuntimeException> failure = failingIncidents.get(subTask.incident());
        if (failure != null) {
            throw failure.get();
        }
        long id = ids.incrementAndGet();
        IssueRef ref = new IssueRef(
                id,
                subTask.incident().projectKey() + "-" + id,
                subTask.incident().projectKey());
        createdSubTasks.put(ref, subTask);
        subTaskByIncidentAndNumber.put(subTask.incident().key() + "#" + subTask.number(), ref);
        return ref;
    }

    @Override
    public Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number) {
        return Optional.ofNullable(subTaskByIncidentAndNumber.get(incident.key() + "#" + number));
    }

    @Override
    public boolean addLabel(IssueRef issue, String label) {
        TrackedIssue current = issues.get(issue.key());
        if (current == null || current.hasLabel(label)) {
            return false;
        }
        Set<String> labels = new HashSet<>(current.labels());
        labels.add(label);
        replace(current, current.status(), current.resolved(), current.priority(), labels);
        labelsAdded++;
        return true;
    }

    @Override
    public synchronized Optional<TrackedIssue> find(String key) {
        lookups++;
        return Optional.ofNullable(issues.get(key));
    }

    /** One search by id, as Jira's {@code issue in (...)} is. */
    @Override
    public List<Read> issues(Map<Long, IssueRef> incidents, Collection<IssueRef> items, Audience audience) {
        List<Read> found = searchById(items, audience).stream()
                .map(issue -> new Read(
                        issue.withIncident(IssueTracker.incidentSeen(
                                incidents.get(issue.ref().id()), audience)),
                        !(audience instanceof Audience.Person person)
                                || person.viewer().canEdit(issue.ref())))
                .toList();
        materialised += found.size();
        return found;
    }

    /** One search by id, as Jira's {@code issue in (...)} is, keeping the ids alone: nothing else is judged. */
    @Override
    public synchronized Set<Long> visible(Collection<IssueRef> items, Audience audience) {
        Set<Long> seen = searchById(items, audience).stream()
                .map(issue -> issue.ref().id())
                .collect(java.util.stream.Collectors.toSet());
        materialised += seen.size();
        return seen;
    }

    /** The issues with these ids the audience may browse: one search, counted. */
    private List<TrackedIssue> searchById(Collection<IssueRef> items, Audience audience) {
        searches++;
        Set<Long> ids = items.stream().map(IssueRef::id).collect(java.util.stream.Collectors.toSet());
        return issues.values().stream()
                .filter(issue -> ids.contains(issue.ref().id()))
                .filter(issue -> !(audience instanceof Audience.Person person)
                        || person.viewer().canBrowse(issue.ref()))
                .toList();
    }

    @Override
    public Page<TrackedIssue> debriefItems(ItemSearch search, Audience audience, PageRequest page) {
        searches++;
        Predicate<TrackedIssue> filter = search.filter() == null ? issue -> true : filters.get(search.filter());
        if (filter == null) {
            throw InvalidInputException.of("jql", "debrief.error.review.jql.invalid", search.filter());
        }
        List<TrackedIssue> matching = issues.values().stream()
                .filter(search::matches)
                .filter(filter)
                .filter(issue -> !(audience instanceof Audience.Person person)
                        || person.viewer().canBrowse(issue.ref()))
                .sorted(Comparator.comparingLong(issue -> issue.ref().id()))
                .toList();
        Page<TrackedIssue> found = Page.of(matching, page);
        materialised += found.items().size();
        if (!search.incidents()) {
            // as Jira's adapter may: no incident looked up, so a caller relying on them finds none
            found = new Page<>(
                    found.items().stream()
                            .map(issue -> issue.withIncident(search.incident()))
                            .toList(),
                    found.start(),
                    found.total());
        }
        return found;
    }

    @Override
    public boolean canResolve(IssueRef issue, String resolutionName) {
        return issues.containsKey(issue.key())
                && !withoutDoneTransition.contains(issue)
                && KNOWN_RESOLUTIONS.contains(resolutionName);
    }

    @Override
    public boolean has(Named kind, String name) {
        if (name == null) {
            return false;
        }
        return switch (kind) {
            case PROJECT ->
                KNOWN_PROJECTS.contains(name)
                        || issues.values().stream()
                                .anyMatch(issue -> issue.ref().projectKey().equals(name));
            case RESOLUTION -> KNOWN_RESOLUTIONS.stream().anyMatch(known -> known.equalsIgnoreCase(name));
            case PRIORITY -> KNOWN_PRIORITIES.stream().anyMatch(known -> known.equalsIgnoreCase(name));
        };
    }

    @Override
    public Optional<UserRef> incidentReporter(String username, String projectKey) {
        return username != null
                        && incidentProjects.getOrDefault(username, Set.of()).contains(projectKey)
                ? Optional.of(new UserRef(username, username))
                : Optional.empty();
    }

    @Override
    public synchronized IssueRef createIncident(NewIncident incident) {
        if (refusingIncidents > 0) {
            refusingIncidents--;
            throw InvalidInputException.of("general", "debrief.jira.error.rejected");
        }
        if (incidentReporter(incident.reporterKey(), incident.projectKey()).isEmpty()) {
            throw InvalidInputException.of("projectKey", "debrief.jira.error.field", incident.projectKey());
        }
        long id = ids.incrementAndGet();
        IssueRef ref = new IssueRef(id, incident.projectKey() + "-" + id, incident.projectKey());
        issues.put(
                ref.key(),
                new TrackedIssue(
                        ref,
                        StatusCategory.TO_DO,
                        incident.summary(),
                        null,
                        null,
                        clock.instant(),
                        null,
                        "Medium",
                        Set.of(),
                        Set.of(),
                        null,
                        null));
        createdIncidents.put(ref, incident);
        writes.add("createIncident " + ref.key());
        return ref;
    }

    @Override
    public boolean mayBrowse(String userKey, String projectKey) {
        return browsableProjects.getOrDefault(userKey, Set.of()).contains(projectKey);
    }

    @Override
    public void resolve(IssueRef issue, String resolutionName, String comment) {
        refuseIfAsked(issue);
        if (!canResolve(issue, resolutionName)) {
            throw new IllegalStateException("no transition to done for " + issue.key() + " with " + resolutionName);
        }
        writes.add("resolve " + issue.key() + " " + resolutionName);
        TrackedIssue current = issues.get(issue.key());
        replace(current, StatusCategory.DONE, clock.instant(), current.priority(), current.labels());
        resolutions.put(issue, resolutionName);
        comments.put(issue, comment);
    }

    @Override
    public void setPriority(IssueRef issue, String priorityName) {
        refuseIfAsked(issue);
        writes.add("setPriority " + issue.key() + " " + priorityName);
        TrackedIssue current = issues.get(issue.key());
        replace(current, current.status(), current.resolved(), priorityName, current.labels());
    }

    @Override
    public void setDue(IssueRef issue, LocalDate due) {
        refuseIfAsked(issue);
        writes.add("setDue " + issue.key() + " " + due);
        TrackedIssue current = issues.get(issue.key());
        issues.put(
                current.key(),
                new TrackedIssue(
                        current.ref(),
                        current.status(),
                        current.summary(),
                        current.assignee(),
                        due,
                        current.created(),
                        current.resolved(),
                        current.priority(),
                        current.labels(),
                        current.components(),
                        current.incident(),
                        current.category()));
    }

    @Override
    public void linkAsRepeat(IssueRef incident, IssueRef earlier) {
        refuseIfAsked(incident);
        List<IssueRef> linked = repeatLinks.computeIfAbsent(incident, key -> new ArrayList<>());
        if (!linked.contains(earlier)) {
            writes.add("linkAsRepeat " + incident.key() + " " + earlier.key());
            linked.add(earlier);
        }
    }

    @Override
    public List<IssueRef> repeatOf(IssueRef incident) {
        return List.copyOf(repeatLinks.getOrDefault(incident, List.of()));
    }

    private void refuseIfAsked(IssueRef issue) {
        if (refusingChanges.contains(issue)) {
            throw new IllegalStateException("tracker refused a change to " + issue.key());
        }
    }

    /** How many item searches (pages) were asked of the tracker so far. */
    public int searches() {
        return searches;
    }

    /** How many issues the tracker's searches returned so far (Jira materialises each one). */
    public int materialised() {
        return materialised;
    }

    /** How many issues were looked up one by one so far. */
    public int lookups() {
        return lookups;
    }

    /** Forgets the counts of searches, issues returned and lookups. */
    public void resetCounts() {
        searches = 0;
        materialised = 0;
        lookups = 0;
    }

    /** Resolves an issue as a person would, at the clock's current time. */
    public void resolveNow(IssueRef issue) {
        resolve(issue, "Done", "");
    }

    public Map<IssueRef, NewActionItem> createdActionItems() {
        return Map.copyOf(createdActionItems);
    }

    public List<NewCheckpointSubTask> createdSubTasks() {
        return new ArrayList<>(createdSubTasks.values());
    }

    public Optional<String> resolutionOf(IssueRef issue) {
        return Optional.ofNullable(resolutions.get(issue));
    }

    public Optional<String> commentOn(IssueRef issue) {
        return Optional.ofNullable(comments.get(issue));
    }

    public int labelsAdded() {
        return labelsAdded;
    }

    private void replace(
            TrackedIssue current,
            StatusCategory status,
            java.time.Instant resolved,
            String priority,
            Set<String> labels) {
        issues.put(
                current.key(),
                new TrackedIssue(
                        current.ref(),
                        status,
                        current.summary(),
                        current.assignee(),
                        current.due(),
                        current.created(),
                        resolved,
                        priority,
                        labels,
                        current.components(),
                        current.incident(),
                        current.category()));
    }
}
