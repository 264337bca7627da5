package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import java.util.Collection;
import java.util.Map;

/**
 * How many of each incident's debrief action items are open and closed, as a reader may see them, counted in our own
 * store without asking the tracker issue by issue (port; the item index implements it).
 *
 * <p>An incident the store cannot answer for alone (one of its items is under an issue security level, so only the
 * tracker knows who may see it) is left out of the answer; the library then asks the tracker for that incident.
 */
public interface ActionItemTally {

    /** The counts by incident id, for the incidents the store can answer for; the rest left out. */
    Map<Long, Tally> of(Collection<IssueRef> incidents, Viewer viewer);

    /** The visible action items of one incident: open and closed. */
    record Tally(int open, int closed) {}
}
