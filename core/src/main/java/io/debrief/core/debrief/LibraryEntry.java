package io.debrief.core.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import java.util.Objects;

/**
 * One row of the library: the incident, its published debrief, the facts its timeline establishes (time to detect and
 * resolve) against its project's targets, and how many of its action items are open and closed.
 */
public record LibraryEntry(
        Incident incident,
        Debrief debrief,
        IncidentFacts facts,
        Targets targets,
        int actionItemsOpen,
        int actionItemsClosed) {

    public LibraryEntry {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(debrief, "debrief");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(targets, "targets");
    }
}
