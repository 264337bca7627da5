package io.debrief.bench;

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
import io.debrief.core.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An issue tracker in memory, indexed so that it costs next to nothing: items by incident and the last search's
 * result kept for its following pages. It stands for Jira's issue search, whose cost is Jira's own and is not what the
 * scale runs measure. Created checkpoint sub-tasks are only counted.
 */
final class BenchTracker implements IssueTracker {

    /** Jira's page size for our searches ({@code JiraSearch.PAGE_SIZE}). */
    static final int JIRA_PAGE = 1000;

    private final List<TrackedIssue> all = new ArrayList<>();
    private final Map<String, TrackedIssue> byKey = new HashMap<>();
    private final Map<IssueRef, List<TrackedIssue>> byIncident = new HashMap<>();
    private final Map<String, IssueRef> subTasks = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(50_000_000);
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong materialised = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();
    private SearchKey lastSearch;
    private List<TrackedIssue> lastResult = List.of();

    /** Adds items; call before the run, never during it. */
    BenchTracker given(List<TrackedIssue> items) {
        for (TrackedIssue item : items) {
            all.add(item);
            byKey.put(item.key(), item);
            if (item.incident() != null) {
                byIncident
                        .computeIfAbsent(item.incident(), incident -> new ArrayList<>())
                        .add(item);
            }
        }
        all.sort(Comparator.comparingLong(item -> item.ref().id()));
        lastSearch = null;
        return this;
    }

    /** How many search requests (pages) were asked for: in Jira, each is one issue search. */
    long searches() {
        return searches.get();
    }

    /** How many issues the searches returned: in Jira, each one is read from the database and built. */
    long materialised() {
        return materialised.get();
    }

    /**
     * How many per-issue lookups Jira would have made: the incident link read for every item a search returned without
     * knowing its incident ({@code TrackedIssues.toTracked}), and each issue found by key.
     */
    long lookups() {
        return lookups.get();
    }

    /** The three counts now, to subtract later. */
    Counts counts() {
        return new Counts(searches.get(), materialised.get(), lookups.get());
    }

    /** Searches, issues materialised and per-issue lookups at one moment. */
    record Counts(long searches, long materialised, long lookups) {
        Counts since(Counts before) {
            return new Counts(searches - before.searches, materialised - before.materialised, lookups - before.lookups);
        }
    }

    int subTasksCreated() {
        return subTasks.size();
    }

    @Override
    public IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask) {
        long id = ids.incrementAndGet();
        IssueRef ref = new IssueRef(
                id,
                subTask.incident().projectKey() + "-" + id,
                subTask.incident().projectKey());
        subTasks.put(subTask.incident().key() + "#" + subTask.number(), ref);
        return ref;
    }

    @Override
    public Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number) {
        return Optional.ofNullable(subTasks.get(incident.key() + "#" + number));
    }

    @Override
    public Optional<TrackedIssue> find(String key) {
        lookups.incrementAndGet();
        return Optional.ofNullable(byKey.get(key));
    }

    /** In Jira's largest pages, as the Jira tracker reads every item, so the search count is Jira's. */
    @Override
    public List<TrackedIssue> allDebriefItems(ItemSearch search, Audience audience) {
        List<TrackedIssue> found = new ArrayList<>();
        Page.readAll(request -> debriefItems(search, audience, request), JIRA_PAGE, Integer.MAX_VALUE, found::add);
        return found;
    }

    /** One search by id, as the Jira tracker's {@code issue in (...)}; the incidents are the caller's, as seen. */
    @Override
    public List<Read> issues(Map<Long, IssueRef> incidents, Collection<IssueRef> items, Audience audience) {
        searches.incrementAndGet();
        List<Read> found = new ArrayList<>();
        for (IssueRef item : items) {
            TrackedIssue issue = byKey.get(item.key());
            if (issue != null
                    && (!(audience instanceof Audience.Person person)
                            || person.viewer().canBrowse(issue.ref()))) {
                found.add(new Read(
                        issue.withIncident(IssueTracker.incidentSeen(
                                incidents.get(issue.ref().id()), audience)),
                        !(audience instanceof Audience.Person person)
                                || person.viewer().canEdit(issue.ref())));
            }
        }
        materialised.addAndGet(found.size());
        return found;
    }

    @Override
    public synchronized Page<TrackedIssue> debriefItems(ItemSearch search, Audience audience, PageRequest page) {
        searches.incrementAndGet();
        Page<TrackedIssue> found;
        if (search.incident() != null) {
            found = Page.of(matching(byIncident.getOrDefault(search.incident(), List.of()), search, audience), page);
        } else {
            SearchKey key = new SearchKey(search, audience);
            if (!key.equals(lastSearch)) {
                lastResult = matching(all, search, audience);
                lastSearch = key;
            }
            found = Page.of(lastResult, page);
            if (search.incidents()) {
                lookups.addAndGet(found.items().size());
            } else {
                // Jira reads no link when the caller finds the incidents itself
                found = new Page<>(
                        found.items().stream()
                                .map(issue -> issue.withIncident(null))
                                .toList(),
                        found.start(),
                        found.total());
            }
        }
        materialised.addAndGet(found.items().size());
        return found;
    }

    private static List<TrackedIssue> matching(List<TrackedIssue> issues, ItemSearch search, Audience audience) {
        return issues.stream()
                .filter(search::matches)
                .filter(issue -> !(audience instanceof Audience.Person person)
                        || person.viewer().canBrowse(issue.ref()))
                .toList();
    }

    @Override
    public IssueRef createActionItem(NewActionItem item, String label) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public boolean addLabel(IssueRef issue, String label) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public void resolve(IssueRef issue, String resolutionName, String comment) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public boolean canResolve(IssueRef issue, String resolutionName) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public boolean has(Named kind, String name) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public boolean mayBrowse(String userKey, String projectKey) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public Optional<UserRef> incidentReporter(String username, String projectKey) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public IssueRef createIncident(NewIncident incident) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public void setPriority(IssueRef issue, String priorityName) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public void setDue(IssueRef issue, LocalDate due) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    private record SearchKey(ItemSearch search, Audience audience) {}

    @Override
    public void linkAsRepeat(IssueRef incident, IssueRef earlier) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }

    @Override
    public List<IssueRef> repeatOf(IssueRef incident) {
        throw new UnsupportedOperationException("not used by the scale runs");
    }
}
