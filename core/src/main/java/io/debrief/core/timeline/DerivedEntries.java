package io.debrief.core.timeline;

import io.debrief.core.incident.Incident;
import java.util.List;

/** Timeline entries the tracker already knows (status changes, comments), each with a unique source reference (port). */
public interface DerivedEntries {

    /** No derived entries: for hosts without a tracker history. */
    DerivedEntries NONE = incident -> List.of();

    /** The derived entries of an incident; each has a {@code sourceRef} and source other than MANUAL. */
    List<TimelineEntry> of(Incident incident);
}
