package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Incidents;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The library of published debriefs: what the organisation learned, readable by everyone who may browse the project.
 *
 * <p>Counts never reveal debriefs the reader may not see: the projects are narrowed to the browsable ones before the
 * store is asked, every row is checked against the incident's own permissions, and the total counts only visible
 * rows.
 *
 * <p>A page costs one page of the store and one read of the page's incidents from the tracker, as the reader, when
 * the projects are known and narrowed to the ones the reader may browse and the tracker says no incident there can be
 * hidden from someone who may browse its project: the total is then the store's count. The action item counts come
 * from the {@link ActionItemTally} where it can answer. Otherwise (any project, an issue security scheme, or an
 * incident on the page the tracker did not return) the store is read page by page, at most {@link #MAX_SCANNED} rows
 * per search, and every row is checked against the incident's own permissions, one read of the incidents per page of
 * the store.
 */
public final class DebriefLibrary implements BrowsingLibrary {

    public static final int MAX_SCANNED = 2000;
    static final int SCAN_PAGE = 200;

    private final DebriefStore store;
    private final Incidents incidents;
    private final TimelineStore timelines;
    private final IssueTracker tracker;
    private final Settings settings;
    private final DebriefService debriefs;
    private final TimelineService timeline;
    /** Nullable: without one each row's action items are searched in the tracker. */
    private final ActionItemTally tally;

    public DebriefLibrary(
            DebriefStore store,
            Incidents incidents,
            TimelineStore timelines,
            IssueTracker tracker,
            Settings settings,
            DebriefService debriefs,
            TimelineService timeline) {
        this(store, incidents, timelines, tracker, settings, debriefs, timeline, null);
    }

    /** A library that counts action items with {@code tally} (nullable) where it can. */
    public DebriefLibrary(
            DebriefStore store,
            Incidents incidents,
            TimelineStore timelines,
            IssueTracker tracker,
            Settings settings,
            DebriefService debriefs,
            TimelineService timeline,
            ActionItemTally tally) {
        this.store = Objects.requireNonNull(store, "store");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.tally = tally;
    }

    /**
     * One page of published debriefs the reader may browse, newest publication first.
     *
     * <p>Outcomes: nobody logged in -> 401; otherwise a page (empty for a project the reader may not browse).
     */
    @Override
    public Page<LibraryEntry> search(LibraryQuery query, Viewer viewer) {
        if (viewer == null || viewer.isAnonymous()) {
            throw new NotAuthenticatedException(IncidentAccess.LOGIN_REQUIRED);
        }
        Optional<Set<String>> projects = browsableProjects(query, viewer);
        if (projects.isPresent() && projects.get().isEmpty()) {
            return new Page<>(List.of(), query.page().start(), 0);
        }
        LibraryFilter filter = new LibraryFilter(query.text(), projects.orElse(Set.of()), query.severity(), null, null);
        if (query.month() != null) {
            filter = filter.inMonth(query.month(), ZoneOffset.UTC);
        }
        PageRequest wanted = query.page();
        if (projects.isPresent() && !incidents.mayHideWithinProjects(projects.get())) {
            Optional<Page<LibraryEntry>> page = onePage(filter, wanted, viewer);
            if (page.isPresent()) {
                return page.get();
            }
        }
        List<Incident> shown = new ArrayList<>();
        List<Debrief> shownDebriefs = new ArrayList<>();
        long[] visible = {0};
        LibraryFilter published = filter;
        Map<Long, Incident> seen = new HashMap<>();
        Page.readAll(
                request -> {
                    // each page of the store is checked in one read of its incidents, as the reader
                    Page<Debrief> chunk = store.published(published, request);
                    seen.clear();
                    seen.putAll(visible(chunk.items(), viewer));
                    return chunk;
                },
                SCAN_PAGE,
                MAX_SCANNED,
                debrief -> {
                    Incident incident = seen.get(debrief.incidentId());
                    if (incident != null) {
                        if (visible[0] >= wanted.start() && shown.size() < wanted.limit()) {
                            shown.add(incident);
                            shownDebriefs.add(debrief);
                        }
                        visible[0]++;
                    }
                });
        return new Page<>(entries(shown, shownDebriefs, viewer), wanted.start(), visible[0]);
    }

    /**
     * The page from one page of the store and one read of its incidents; empty when the tracker did not return every
     * incident of the page (deleted, moved or hidden since it was published), so the caller checks row by row.
     */
    private Optional<Page<LibraryEntry>> onePage(LibraryFilter filter, PageRequest wanted, Viewer viewer) {
        Page<Debrief> page = store.published(filter, wanted);
        Map<Long, Incident> seen = visible(page.items(), viewer);
        if (page.items().stream().anyMatch(debrief -> !seen.containsKey(debrief.incidentId()))) {
            return Optional.empty();
        }
        List<Incident> shown = page.items().stream()
                .map(debrief -> seen.get(debrief.incidentId()))
                .toList();
        return Optional.of(new Page<>(entries(shown, page.items(), viewer), wanted.start(), page.total()));
    }

    /** The incidents of these debriefs the reader may browse, by id, read in one request (none for no debriefs). */
    private Map<Long, Incident> visible(List<Debrief> debriefs, Viewer viewer) {
        Map<Long, Incident> seen = new HashMap<>();
        if (!debriefs.isEmpty()) {
            List<Long> ids = debriefs.stream().map(Debrief::incidentId).toList();
            incidents.visible(ids, viewer).forEach(incident -> seen.put(incident.id(), incident));
        }
        return seen;
    }

    private List<LibraryEntry> entries(List<Incident> shown, List<Debrief> shownDebriefs, Viewer viewer) {
        Map<Long, ActionItemTally.Tally> counted = tally == null || shown.isEmpty()
                ? Map.of()
                : tally.of(shown.stream().map(Incident::ref).toList(), viewer);
        List<LibraryEntry> rows = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            rows.add(entry(
                    shown.get(i), shownDebriefs.get(i), counted.get(shown.get(i).id()), viewer));
        }
        return rows;
    }

    /**
     * A published debrief, read-only, with its timeline.
     *
     * <p>Outcomes: nobody logged in -> 401; unknown, not browsable, not an incident or not published -> 404.
     */
    @Override
    public PublishedDebrief open(String issueKey, Viewer viewer) {
        DebriefView view;
        try {
            view = debriefs.view(issueKey, viewer);
        } catch (ConflictException notAnIncident) {
            throw new NotFoundException(IncidentAccess.NOT_FOUND, issueKey);
        }
        if (!view.debrief().isReadOnly()) {
            throw new NotFoundException("debrief.error.library.not.published", issueKey);
        }
        // a published debrief's timeline lists as it was published (see PublishedTimelines); its action items are
        // read as they are now, as the reader: one they may not browse is neither listed nor counted
        return new PublishedDebrief(view, timeline.list(issueKey, false, viewer), actionItems(view.incident(), viewer));
    }

    /** The projects to ask the store for; empty Optional: any project (rows are checked one by one). */
    private Optional<Set<String>> browsableProjects(LibraryQuery query, Viewer viewer) {
        if (query.projectKey() != null) {
            return Optional.of(viewer.canBrowseProject(query.projectKey()) ? Set.of(query.projectKey()) : Set.of());
        }
        Set<String> enabled = settings.global().enabledProjectKeys();
        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(enabled.stream().filter(viewer::canBrowseProject).collect(Collectors.toSet()));
    }

    /** A row of the library: a debrief with a record as it was published, an older one as things are now. */
    private LibraryEntry entry(Incident incident, Debrief debrief, ActionItemTally.Tally counted, Viewer viewer) {
        PublishedRecord record = debrief.record();
        IncidentFacts facts = record != null
                ? record.facts()
                : Timeline.of(timelines.entries(incident.id(), false)).facts(incident);
        Targets targets = record != null
                ? record.targets()
                : settings.forProject(incident.projectKey()).targets();
        if (counted != null) {
            return new LibraryEntry(incident, debrief, facts, targets, counted.open(), counted.closed());
        }
        List<TrackedIssue> items = actionItems(incident, viewer);
        int open = (int) items.stream().filter(TrackedIssue::isOpen).count();
        return new LibraryEntry(incident, debrief, facts, targets, open, items.size() - open);
    }

    /** The incident's debrief action items the reader may browse, by key. */
    private List<TrackedIssue> actionItems(Incident incident, Viewer viewer) {
        return tracker
                .allDebriefItems(
                        ItemSearch.allOfIncident(settings.global().label(), incident.ref()), Audience.of(viewer))
                .stream()
                .filter(item -> viewer.canBrowse(item.ref()))
                .sorted(Comparator.comparing(
                        TrackedIssue::ref,
                        Comparator.comparing(IssueRef::projectKey).thenComparingLong(IssueRef::id)))
                .toList();
    }
}
