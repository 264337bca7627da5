package io.debrief.core.debrief;

import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a published debrief was judged on, kept as it was at publication: the project's targets then, the facts the
 * timeline established then, and the timeline itself (stored and derived entries, deleted ones left out).
 *
 * <p>A published debrief is a record the organisation learned from: later changes to the project's targets, to the
 * tracker's resolution date or to the comments and history change nothing in it. The standard answers are
 * a function of these frozen inputs and of the debrief's own (read-only) auto-resolved answer.
 *
 * @param takenAt when the record was taken (the publication, or the upgrade that froze an older publication)
 */
public record PublishedRecord(Targets targets, IncidentFacts facts, List<TimelineEntry> timeline, Instant takenAt) {

    public PublishedRecord {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(takenAt, "takenAt");
        timeline = List.copyOf(timeline);
    }
}
