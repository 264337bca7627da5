package io.debrief.core.debrief;

import io.debrief.core.timeline.FrozenTimelines;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published debrief freezes its incident's timeline: it then lists as the debrief's {@link PublishedRecord} keeps
 * it. A debrief published before records were kept (until upgrade task 1 freezes it) lists its stored entries,
 * which could not change after publication either.
 */
public final class PublishedTimelines implements FrozenTimelines {

    private final DebriefStore debriefs;
    private final TimelineStore timelines;

    public PublishedTimelines(DebriefStore debriefs, TimelineStore timelines) {
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
    }

    @Override
    public Optional<List<TimelineEntry>> of(long incidentId) {
        return debriefs.find(incidentId)
                .filter(Debrief::isReadOnly)
                .map(debrief ->
                        debrief.record() != null ? debrief.record().timeline() : timelines.entries(incidentId, false));
    }
}
