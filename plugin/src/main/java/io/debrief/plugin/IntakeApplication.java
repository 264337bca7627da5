package io.debrief.plugin;

import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.PublishedTimelines;
import io.debrief.core.intake.AlertIncidents;
import io.debrief.core.intake.EventDecisions;
import io.debrief.core.intake.EventIntake;
import io.debrief.core.intake.EventRetention;
import io.debrief.core.intake.EventSourceAdmin;
import io.debrief.core.intake.EventSources;
import io.debrief.core.intake.ExternalEventLog;
import io.debrief.core.intake.IncidentEvents;
import io.debrief.core.intake.IncidentsFromAlerts;
import io.debrief.core.intake.IntakeSettings;
import io.debrief.core.intake.TimelineImport;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineStore;
import jakarta.inject.Inject;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The composition of the event intake (issue 15): the intake, the admin's sources and an incident's suggestions and
 * real-start proposal, built once from their stores and {@link DebriefApplication}'s timeline, access rules and clock.
 * Kept beside {@link DebriefApplication} so hosts that do not take events yet build without it.
 */
@Component
public class IntakeApplication {

    private final EventIntake intake;
    private final EventSourceAdmin sources;
    private final IncidentEvents incidentEvents;
    private final TimelineImport timelineImport;
    private final EventRetention retention;

    /** An intake whose settings (retention) live in memory: hosts and tests without a settings store. */
    public IntakeApplication(
            DebriefApplication app,
            TimelineStore timelineStore,
            DerivedEntries derivedEntries,
            EventSources sources,
            ExternalEventLog events,
            EventDecisions decisions) {
        this(app, timelineStore, derivedEntries, sources, events, decisions, IntakeSettings.inMemory());
    }

    /**
     * An intake whose settings live in the given store and whose sources open no incidents (hosts and tests without
     * the alert-incident store); turning opening on is still checked against the tracker.
     */
    public IntakeApplication(
            DebriefApplication app,
            TimelineStore timelineStore,
            DerivedEntries derivedEntries,
            EventSources sources,
            ExternalEventLog events,
            EventDecisions decisions,
            IntakeSettings settings) {
        this(app, timelineStore, derivedEntries, sources, events, decisions, settings, null, null);
    }

    /**
     * The plugin's intake: sources set to open incidents do so through the tracker as their acting user, recording
     * which alert opened which incident in {@code alertIncidents}; a published debrief's timeline (from
     * {@code debriefStore}) takes no resolution entry.
     */
    @Inject
    public IntakeApplication(
            DebriefApplication app,
            TimelineStore timelineStore,
            DerivedEntries derivedEntries,
            EventSources sources,
            ExternalEventLog events,
            EventDecisions decisions,
            IntakeSettings settings,
            AlertIncidents alertIncidents,
            DebriefStore debriefStore) {
        Objects.requireNonNull(app, "app");
        this.retention = new EventRetention(settings);
        this.intake = alertIncidents == null
                ? new EventIntake(sources, events, app.clock(), retention)
                : new EventIntake(
                        sources,
                        events,
                        app.clock(),
                        retention,
                        new IncidentsFromAlerts(
                                alertIncidents,
                                app.tracker(),
                                timelineStore,
                                decisions,
                                new PublishedTimelines(
                                        Objects.requireNonNull(debriefStore, "debriefStore"), timelineStore),
                                app.clock()));
        this.sources = new EventSourceAdmin(sources, app.clock(), app.tracker());
        this.incidentEvents = new IncidentEvents(
                app.incidentAccess(), timelineStore, derivedEntries, app.timeline(), events, decisions, app.clock());
        this.timelineImport =
                new TimelineImport(app.incidentAccess(), timelineStore, derivedEntries, app.timeline(), app.clock());
    }

    /** Receives a delivery from a configured source. */
    public EventIntake intake() {
        return intake;
    }

    /** The admin's event sources. */
    public EventSourceAdmin sources() {
        return sources;
    }

    /** An incident's suggested entries and real-start proposal, and the decisions about them. */
    public IncidentEvents incidentEvents() {
        return incidentEvents;
    }

    /** How long received events are kept (the admin's setting). */
    public EventRetention retention() {
        return retention;
    }

    /** A whole timeline written elsewhere, imported into an incident at once. */
    public TimelineImport timelineImport() {
        return timelineImport;
    }
}
