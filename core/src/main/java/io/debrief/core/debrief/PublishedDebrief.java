package io.debrief.core.debrief;

import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import java.util.List;
import java.util.Objects;

/**
 * A published debrief as the library opens it: the read-only debrief page, its frozen timeline in order, and its
 * action items as they are now (only those the reader may browse), by key.
 */
public record PublishedDebrief(DebriefView view, List<TimelineEntry> timeline, List<TrackedIssue> actionItems) {

    public PublishedDebrief {
        Objects.requireNonNull(view, "view");
        timeline = List.copyOf(timeline);
        actionItems = List.copyOf(actionItems);
    }
}
