package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;

/**
 * The repeat loop as the Debrief tab and its REST resource see it: which earlier incidents left open debrief items
 * behind, and linking the incident as a repeat of one of them. Implemented by {@link RepeatIncidents}.
 */
public interface LinkingRepeats {

    /** What the top of the incident's Debrief tab shows about earlier incidents, as {@code viewer} may see it. */
    RepeatIncidents.RepeatCheck repeatCheck(String issueKey, Viewer viewer);

    /** Links the incident as a repeat of {@code earlierKey}, as {@code viewer}; returns the check as it is then. */
    RepeatIncidents.RepeatCheck linkAsRepeat(String issueKey, String earlierKey, Viewer viewer);
}
