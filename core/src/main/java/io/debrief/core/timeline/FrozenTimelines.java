package io.debrief.core.timeline;

import java.util.List;
import java.util.Optional;

/**
 * Which incidents' timelines may no longer change, and what they hold once frozen (a published debrief freezes its
 * incident's timeline as it was at publication).
 */
@FunctionalInterface
public interface FrozenTimelines {

    /** No timeline is ever frozen (hosts without debriefs). */
    FrozenTimelines NONE = incidentId -> Optional.empty();

    /** Empty while the incident's timeline may change; once frozen, its entries in order, as they were frozen. */
    Optional<List<TimelineEntry>> of(long incidentId);
}
