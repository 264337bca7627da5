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
 * <p>A page costs one read of the page's incidents from the tracker, as the reader. The projects (the one asked for,
 * the enabled ones, or those holding published debriefs) are narrowed to the ones the reader may browse, and the
 * store keeps for each debrief whether its incident is secured (an issue security level in Jira: someone who may
 * browse the project may still not see it), so the unsecured rows are paged and counted in SQL and only the secured
 * ones need the tracker. That one read takes the secured rows (at most {@link #MAX_SECURED}) and the unsecured rows
 * that can fall on the page; with nothing secured it is the page itself. The action item counts come from the
 * {@link ActionItemTally} where it can answer. Otherwise (more secured rows, or an unsecured incident the tracker did
 * not return: deleted, moved or secured since the store last heard) the store is read page by page, at most
 * {@link #MAX_SCANNED} rows per search, and every row is checked against the incident's own permissions, one read of
 * the incidents per page of the store.
 */
public final class DebriefLibrary implements BrowsingLibrary {

    public static final int MAX_SCANNED = 2000;

    /** The most secured incidents read beside a page; a filter matching more is read row by row. */
    public static final int MAX_SECURED = 500;

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
    /** Every page read row by row, the reference the one-read page is tested against. */
    private final boolean rowByRow;

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
        this(store, incidents, timelines, tracker, settings, debriefs, timeline, tally, false);
    }

    private DebriefLibrary(
            DebriefStore store,
            Incidents incidents,
            TimelineStore timelines,
            IssueTracker tracker,
            Settings settings,
            DebriefService debriefs,
            TimelineService timeline,
            ActionItemTally tally,
            boolean rowByRow) {
        this.rowByRow = rowByRow;
        this.store = Objects.requireNonNull(store, "store");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.tally = tally;
    }

    /** This library reading every page row by row (tests compare the one-read page with it). */
    DebriefLibrary readingRowByRow() {
        return new DebriefLibrary(store, incidents, timelines, tracker, settings, debriefs, timeline, tally, true);
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
        if (projects.isPresent() && !rowByRow) {
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
     * The page from the store's secured rows, the unsecured rows that can fall on the page and one read of their
     * incidents; empty when there are too many secured rows or the tracker did not return an unsecured incident, so
     * the caller checks row by row.
     *
     * <p>With S secured rows, the reader sees every unsecured row and some of the secured ones, so the row at place p
     * of what the reader sees is at least the (p - S)th unsecured row and at most the pth: the unsecured rows from
     * place {@code start - S} to the page's end are all that can be on it. A secured row sorted before the first of
     * them comes before the page, and the first of them is at place {@code from} plus the shown secured rows before it.
     */
    private Optional<Page<LibraryEntry>> onePage(LibraryFilter filter, PageRequest wanted, Viewer viewer) {
        Page<Debrief> secured = store.published(filter.securedOnly(true), PageRequest.first(MAX_SECURED));
        int from = Math.max(0, wanted.start() - secured.items().size());
        int span = wanted.start() + wanted.limit() - from;
        if (secured.total() > secured.items().size() || secured.items().size() + span > PageRequest.MAX_LIMIT) {
            return Optional.empty();
        }
        Page<Debrief> unsecured = store.published(filter.securedOnly(false), new PageRequest(from, span));
        List<Debrief> candidates = new ArrayList<>(unsecured.items());
        candidates.addAll(secured.items());
        Map<Long, Incident> seen = visible(candidates, viewer);
        if (unsecured.items().stream().anyMatch(debrief -> !seen.containsKey(debrief.incidentId()))) {
            return Optional.empty();
        }
        List<Debrief> shownSecured = secured.items().stream()
                .filter(debrief -> seen.containsKey(debrief.incidentId()))
                .toList();
        long total = unsecured.total() + shownSecured.size();
        if (unsecured.items().isEmpty() && from > 0) {
            // every unsecured row lies before `from`, so fewer rows than `start` are visible
            return Optional.of(new Page<>(List.of(), wanted.start(), total));
        }
        List<Debrief> merged = new ArrayList<>(unsecured.items());
        long place = from;
        for (Debrief debrief : shownSecured) {
            if (from > 0
                    && LibraryFilter.ORDER.compare(debrief, unsecured.items().get(0)) < 0) {
                place++;
            } else {
                merged.add(debrief);
            }
        }
        merged.sort(LibraryFilter.ORDER);
        List<Incident> shown = new ArrayList<>();
        List<Debrief> shownDebriefs = new ArrayList<>();
        for (Debrief debrief : merged) {
            if (place >= wanted.start() && shown.size() < wanted.limit()) {
                shown.add(seen.get(debrief.incidentId()));
                shownDebriefs.add(debrief);
            }
            place++;
        }
        return Optional.of(new Page<>(entries(shown, shownDebriefs, viewer), wanted.start(), total));
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
        // a published debrief's timeline lists as it was published (see PublishedTimelines): its record's when it has
        // one (the view above already let the reader in), else as the timeline lists it; its action items are read as
        // they are now, as the reader: one they may not browse is neither listed nor counted
        PublishedRecord record = view.debrief().record();
        return new PublishedDebrief(
                view,
                record != null ? record.timeline() : timeline.list(issueKey, false, viewer),
                actionItems(view.incident(), viewer));
    }

    /**
     * The projects to ask the store for: the one asked for, else the enabled ones, else those holding published
     * debriefs, each only if the reader may browse it; empty Optional: any project (rows are checked one by one, the
     * reference path only).
     */
    private Optional<Set<String>> browsableProjects(LibraryQuery query, Viewer viewer) {
        if (query.projectKey() != null) {
            return Optional.of(viewer.canBrowseProject(query.projectKey()) ? Set.of(query.projectKey()) : Set.of());
        }
        Set<String> enabled = settings.global().enabledProjectKeys();
        if (enabled.isEmpty()) {
            if (rowByRow) {
                return Optional.empty();
            }
            enabled = store.publishedProjects();
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

    /**
     * The incident's debrief action items the reader may browse, by key: the tracker searches as the reader, so none
     * is asked about again (in Jira each such check loads the issue).
     */
    private List<TrackedIssue> actionItems(Incident incident, Viewer viewer) {
        return tracker
                .allDebriefItems(
                        ItemSearch.allOfIncident(settings.global().label(), incident.ref()), Audience.of(viewer))
                .stream()
                .sorted(Comparator.comparing(
                        TrackedIssue::ref,
                        Comparator.comparing(IssueRef::projectKey).thenComparingLong(IssueRef::id)))
                .toList();
    }
}
