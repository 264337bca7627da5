package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Recognises a repeat: a new incident where open debrief items from earlier incidents in the same project or
 * component show that known actions are still waiting.
 */
public final class RepeatIncidentPolicy {

    /** The Jira link type that says one incident repeats an earlier one; created at plugin start. */
    public static final String LINK_TYPE = "Debrief repeat";
    /** The link's outward description: the new incident "repeats" the earlier one. */
    public static final String LINK_OUTWARD = "repeats";
    /** The link's inward description: the earlier incident "is repeated by" the new one. */
    public static final String LINK_INWARD = "is repeated by";

    /**
     * The known open actions for a new incident: open items of other incidents, created before the new incident,
     * oldest first.
     *
     * @param openItemsInScope open debrief items of the new incident's project or component
     */
    public List<TrackedIssue> knownOpenActions(
            IssueRef newIncident, Instant newIncidentCreated, Collection<TrackedIssue> openItemsInScope) {
        return openItemsInScope.stream()
                .filter(TrackedIssue::isOpen)
                .filter(item -> item.incident() != null && !item.incident().equals(newIncident))
                .filter(item -> item.created().isBefore(newIncidentCreated))
                .sorted(Comparator.comparing(TrackedIssue::created).thenComparing(TrackedIssue::key))
                .toList();
    }
}
