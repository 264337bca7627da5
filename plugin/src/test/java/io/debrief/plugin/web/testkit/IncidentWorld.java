package io.debrief.plugin.web.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.DebriefEdit;
import io.debrief.core.debrief.Impact;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemorySuggestedItems;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.IncidentFixtures;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TimelineFixtures;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.incident.IncidentPages;
import io.debrief.plugin.incident.IncidentTabs;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real {@link DebriefApplication} over core's in-memory fakes, with one resolved Incident ({@value #INCIDENT}),
 * one unresolved Incident ({@value #OPEN_INCIDENT}), and one issue that is not an Incident ({@value #OTHER_ISSUE}).
 *
 * <pre>{@code
 * IncidentWorld world = new IncidentWorld();
 * world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));
 * RestTestHarness rest = RestTestHarness.with(IncidentTimelineResource.class)
 *         .bindInPorts(world.app()).start();
 * }</pre>
 */
public final class IncidentWorld {

    public static final String INCIDENT = "OPS-1";
    public static final String OPEN_INCIDENT = "OPS-2";
    public static final String OTHER_ISSUE = "OPS-3";
    public static final String MISSING_ISSUE = "OPS-404";

    /** When the incident really started; the fixtures' T0. */
    public static final Instant STARTED = TimelineFixtures.T0;
    /** The tracker's resolution of {@value #INCIDENT}: 90 minutes after the start. */
    public static final Instant RESOLVED = STARTED.plus(Duration.ofMinutes(90));
    /** "Now": 30 hours after the resolution, inside the due window. */
    public static final Instant NOW = RESOLVED.plus(Duration.ofHours(30));

    private final TestClock clock = TestClock.at(NOW);
    private final Incident incident = IncidentFixtures.anIncident()
            .id(10_001)
            .key(INCIDENT)
            .created(STARTED)
            .resolvedAt(RESOLVED)
            .build();
    private final Incident openIncident = IncidentFixtures.anIncident()
            .id(10_002)
            .key(OPEN_INCIDENT)
            .created(STARTED)
            .unresolved()
            .build();
    private final InMemoryIncidents incidents =
            new InMemoryIncidents().with(incident).with(openIncident).withOtherIssue(IssueRef.of(10_003, OTHER_ISSUE));
    private final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    private final InMemoryDebriefStore debriefStore = new InMemoryDebriefStore();
    private final List<TimelineEntry> derived = new ArrayList<>();
    private final InMemorySuggestedItems suggestedItems = new InMemorySuggestedItems();
    private final InMemorySettings settings = new InMemorySettings();
    private final DebriefApplication app;

    public IncidentWorld() {
        DerivedEntries fromTracker = of ->
                derived.stream().filter(entry -> entry.incidentId() == of.id()).toList();
        app = new DebriefApplication(
                incidents,
                fromTracker,
                timelineStore,
                debriefStore,
                new InMemoryIssueTracker(clock),
                new InMemoryCheckpointLog(),
                new InMemoryHeldDebriefs(),
                new InMemoryReviewDecisionLog(),
                new InMemoryLabelRemovals(),
                settings,
                suggestedItems,
                clock);
    }

    /** The incident's project judges against these targets. */
    public IncidentWorld targets(io.debrief.core.settings.Targets targets) {
        io.debrief.core.settings.ProjectSettings current = settings.forProject(incident.projectKey());
        settings.saveProject(new io.debrief.core.settings.ProjectSettings(
                current.projectKey(), current.enabled(), targets, current.checkpointIntervalDays()));
        return this;
    }

    /** The incident's suggestion for the question was made into the item. */
    public IncidentWorld suggestionMadeInto(io.debrief.core.debrief.Question question, IssueRef item) {
        suggestedItems.claim(incident.ref(), question, clock.instant(), clock.instant());
        suggestedItems.created(incident.ref(), question, item);
        return this;
    }

    public DebriefApplication app() {
        return app;
    }

    /** The Timeline and Debrief tabs over this world, as the container builds them for the tab panels. */
    public IncidentTabs tabs(Views views, Messages messages) {
        return new IncidentTabs(app, app, app, app, app, app, app, views, messages);
    }

    /** The tabs' data over this world, instants shown in {@code zone}. */
    public IncidentPages pages(Messages messages, ZoneId zone) {
        return new IncidentPages(app, app, app, messages, zone);
    }

    public TestClock clock() {
        return clock;
    }

    public Incident incident() {
        return incident;
    }

    public InMemoryTimelineStore timelineStore() {
        return timelineStore;
    }

    public InMemoryDebriefStore debriefStore() {
        return debriefStore;
    }

    /** Stores a manual entry on {@value #INCIDENT}. */
    public TimelineEntry entry(EntryKind kind, Instant at, String text) {
        return timelineStore.add(TimelineFixtures.anEntry()
                .incidentId(incident.id())
                .kind(kind)
                .at(at)
                .text(text)
                .recordedAt(at)
                .build());
    }

    /** Stores a manual entry on {@value #INCIDENT} whose moment is only approximate. */
    public TimelineEntry approximateEntry(EntryKind kind, Instant at, String text) {
        return timelineStore.add(TimelineFixtures.anEntry()
                .incidentId(incident.id())
                .kind(kind)
                .at(at)
                .text(text)
                .recordedAt(at)
                .approximate()
                .build());
    }

    /** Stores an already deleted manual entry on {@value #INCIDENT}. */
    public TimelineEntry deletedEntry(Instant at, String text) {
        return timelineStore.add(TimelineFixtures.anEntry()
                .incidentId(incident.id())
                .at(at)
                .text(text)
                .deleted()
                .recordedAt(at)
                .build());
    }

    /** A status change the tracker derives for {@value #INCIDENT}. */
    public IncidentWorld derivedStatusChange(Instant at, String text, String sourceRef) {
        derived.add(TimelineEntry.derived(
                incident.id(),
                EntryKind.STATUS_CHANGE,
                at,
                text,
                io.debrief.core.timeline.EntrySource.JIRA_HISTORY,
                sourceRef,
                "bob"));
        return this;
    }

    /** Start, detection after {@code detectAfter} and resolution after {@code resolveAfter}, all on the timeline. */
    public IncidentWorld timeline(Duration detectAfter, Duration resolveAfter) {
        entry(EntryKind.STARTED, STARTED, "Config change merged");
        entry(EntryKind.DETECTED, STARTED.plus(detectAfter), "Alert fired");
        entry(EntryKind.RESOLVED, STARTED.plus(resolveAfter), "Rolled back");
        return this;
    }

    /** The debrief of {@value #INCIDENT} written through the use case (version 1). */
    public IncidentWorld written(String analysis, AutoResolved autoResolved) {
        app.debriefs()
                .update(INCIDENT, new DebriefEdit(Impact.empty(), analysis, autoResolved), 0, Viewers.editor("alice"));
        return this;
    }

    /** The debrief of {@value #INCIDENT} written and held (version 2). */
    public IncidentWorld held() {
        written("A config change reached production without a canary.", AutoResolved.NO);
        app.debriefs().hold(INCIDENT, 1, Viewers.editor("alice"));
        return this;
    }

    /** The debrief of {@value #INCIDENT} written, held and published (version 3). */
    public IncidentWorld published() {
        held();
        app.debriefs().publish(INCIDENT, 2, Viewers.editor("alice"));
        return this;
    }

    /** Everything stored so far, to prove a refused write stored nothing. */
    public int writes() {
        return timelineStore.writes() + debriefStore.writes();
    }
}
