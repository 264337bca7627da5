package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Question;
import io.debrief.core.incident.Incident;
import io.debrief.core.tracker.TrackedIssue;
import java.util.Map;
import java.util.Optional;

/**
 * An incident's action items as the people following them up see them (the Debrief tab, the action items REST
 * resource): list them with the open actions earlier incidents left, create one from a form, tell which of the
 * debrief's suggestions were already made into items. Implemented by {@link IncidentActionItems}.
 */
public interface TrackingActionItems {

    /** The incident's items (open and done) {@code viewer} may see, and the open items of earlier incidents. */
    IncidentActionItems.Listing list(String issueKey, Viewer viewer);

    /** Creates the item, linked to the incident and labelled; returns it as the tracker now sees it. */
    TrackedIssue create(String issueKey, ActionItemForm form, Viewer viewer);

    /** The incident's suggestions already made into items, each with its item when {@code viewer} may see it. */
    Map<Question, Optional<IssueRef>> suggestionsTaken(Incident incident, Viewer viewer);
}
