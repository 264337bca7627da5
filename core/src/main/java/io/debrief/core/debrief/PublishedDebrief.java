package io.debrief.core.debrief;

import io.debrief.core.timeline.TimelineEntry;
import java.util.List;
import java.util.Objects;

/** A published debrief as the library opens it: the read-only debrief page and its frozen timeline, in order. */
public record PublishedDebrief(DebriefView view, List<TimelineEntry> timeline) {

    public PublishedDebrief {
        Objects.requireNonNull(view, "view");
        timeline = List.copyOf(timeline);
    }
}
