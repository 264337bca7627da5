package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;

/**
 * An incident's debrief as the people writing it see it (the Debrief tab and its REST resource): read it, change its
 * content, hold it and publish it. Implemented by {@link DebriefService}.
 */
public interface WritingDebrief {

    /** The debrief of an incident; a fresh awaiting one when none is stored yet. */
    DebriefView view(String issueKey, Viewer viewer);

    /** Replaces the debrief's content, if it is still at {@code expectedVersion}. */
    DebriefView update(String issueKey, DebriefEdit edit, int expectedVersion, Viewer viewer);

    /**
     * Records that the debrief was held: {@code override} says why although its timeline is out of order (null when
     * there is none); with {@code lintSeen} the holder saw the blameless-lint findings, and their count is kept.
     */
    DebriefView hold(String issueKey, int expectedVersion, String override, boolean lintSeen, Viewer viewer);

    /** Publishes a held debrief with the record of what it was judged on. */
    DebriefView publish(String issueKey, int expectedVersion, Viewer viewer);
}
