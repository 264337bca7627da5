package io.debrief.core.timeline;

import io.debrief.core.access.Viewer;
import java.util.List;

/**
 * An incident's timeline as the people recording it see it (the Timeline tab and its REST resource): list the
 * entries, add, edit, delete and restore one, read what an entry said before. Implemented by {@link TimelineService},
 * which guards every call with the incident's access rules and refuses changes once the debrief is published.
 */
public interface RecordingTimeline {

    /** The entries {@code viewer} may read, oldest first; deleted ones only when asked for. */
    List<TimelineEntry> list(String issueKey, boolean includeDeleted, Viewer viewer);

    /** Records a manual entry. */
    TimelineEntry add(String issueKey, NewTimelineEntry command, Viewer viewer);

    /** Replaces the content of a manual entry that is still at {@code expectedVersion}. */
    TimelineEntry edit(String issueKey, long entryId, TimelineEdit edit, int expectedVersion, Viewer viewer);

    /** Hides an entry from the timeline and the facts; restorable. */
    TimelineEntry delete(String issueKey, long entryId, Viewer viewer);

    /** Brings a deleted entry back. */
    TimelineEntry restore(String issueKey, long entryId, Viewer viewer);

    /** The earlier contents of an entry, oldest first. */
    List<EntryVersion> history(String issueKey, long entryId, Viewer viewer);
}
