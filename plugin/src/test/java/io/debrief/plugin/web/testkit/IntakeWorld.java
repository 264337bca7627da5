package io.debrief.plugin.web.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.intake.AlertIncidents;
import io.debrief.core.intake.EventSources;
import io.debrief.core.intake.ExternalEventLog;
import io.debrief.core.intake.IntakeSettings;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
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
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.IntakeApplication;
import java.time.Duration;
import java.time.Instant;

/**
 * The intake wired on fakes: an incident {@value #INCIDENT} of component Checkout detected at {@link #DETECTED}, the
 * intake's stores, and the REST resources of the intake over them.
 */
public final class IntakeWorld {

    public static final String INCIDENT = "OPS-7";
    public static final Instant DETECTED = Instant.parse("2026-11-24T09:10:00Z");

    public final TestClock clock = TestClock.at("2026-11-24T12:00:00Z");
    public final InMemoryEventSources sources = new InMemoryEventSources();
    public final InMemoryExternalEventLog events = new InMemoryExternalEventLog();
    public final InMemoryEventDecisions decisions = new InMemoryEventDecisions();
    public final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    public final Incident incident = IncidentFixtures.anIncident()
            .id(7007)
            .key(INCIDENT)
            .created(DETECTED)
            .resolvedAt(DETECTED.plus(Duration.ofMinutes(40)))
            .components("Checkout")
            .build();
    public final DebriefApplication app;
    public final IntakeApplication intake;

    public IntakeWorld() {
        InMemoryIncidents incidents = new InMemoryIncidents().with(incident).withOtherIssue(IssueRef.of(7008, "OPS-8"));
        app = new DebriefApplication(
                incidents,
                DerivedEntries.NONE,
                timelineStore,
                new InMemoryDebriefStore(),
                new InMemoryIssueTracker(clock),
                new InMemoryCheckpointLog(),
                new InMemoryHeldDebriefs(),
                new InMemoryReviewDecisionLog(),
                new InMemoryLabelRemovals(),
                new InMemorySettings(),
                new InMemorySuggestedItems(),
                clock);
        intake = new IntakeApplication(app, timelineStore, DerivedEntries.NONE, sources, events, decisions);
    }

    /** An intake over the given stores, with no incidents, for tests of the intake and its sources only. */
    public static IntakeApplication intakeOver(EventSources sources, ExternalEventLog events, TestClock clock) {
        return intakeOver(sources, events, clock, new InMemoryIssueTracker(clock));
    }

    /** As {@link #intakeOver(EventSources, ExternalEventLog, TestClock)}, asking this tracker who may open incidents. */
    public static IntakeApplication intakeOver(
            EventSources sources, ExternalEventLog events, TestClock clock, InMemoryIssueTracker tracker) {
        InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
        DebriefApplication app = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                timelineStore,
                new InMemoryDebriefStore(),
                tracker,
                new InMemoryCheckpointLog(),
                new InMemoryHeldDebriefs(),
                new InMemoryReviewDecisionLog(),
                new InMemoryLabelRemovals(),
                new InMemorySettings(),
                new InMemorySuggestedItems(),
                clock);
        return new IntakeApplication(
                app, timelineStore, DerivedEntries.NONE, sources, events, new InMemoryEventDecisions());
    }

    /** An intake whose sources may open incidents in {@code tracker}, recording them in {@code alertIncidents}. */
    public static IntakeApplication openingIntakeOver(
            EventSources sources,
            ExternalEventLog events,
            TestClock clock,
            InMemoryIssueTracker tracker,
            AlertIncidents alertIncidents) {
        InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
        InMemoryDebriefStore debriefStore = new InMemoryDebriefStore();
        DebriefApplication app = new DebriefApplication(
                new InMemoryIncidents(),
                DerivedEntries.NONE,
                timelineStore,
                debriefStore,
                tracker,
                new InMemoryCheckpointLog(),
                new InMemoryHeldDebriefs(),
                new InMemoryReviewDecisionLog(),
                new InMemoryLabelRemovals(),
                new InMemorySettings(),
                new InMemorySuggestedItems(),
                clock);
        return new IntakeApplication(
                app,
                timelineStore,
                DerivedEntries.NONE,
                sources,
                events,
                new InMemoryEventDecisions(),
                IntakeSettings.inMemory(),
                alertIncidents,
                debriefStore);
    }

    /** The REST resources of the intake, as a harness. */
    public RestTestHarness rest(Class<?>... resources) {
        return RestTestHarness.with(resources)
                .bind(IntakeApplication.class, intake)
                .start();
    }
}
