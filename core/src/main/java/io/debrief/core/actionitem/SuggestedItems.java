package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Question;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which suggested action item of a debrief (one per standard question) became which issue (port; persistence
 * implements it). Taking a suggestion is a unique fact, like a checkpoint claim: of two creations from the same
 * suggestion (a double click, two tabs, two nodes) only the first claim succeeds, so a suggestion becomes at most one
 * item.
 */
public interface SuggestedItems {

    /**
     * Takes the suggestion for creating its item; true only for the first taker on any node. A claim still without
     * its item that was made before {@code abandonedBefore} (its creator stopped half-way, a node died) is taken over,
     * by one taker only.
     */
    boolean claim(IssueRef incident, Question question, Instant at, Instant abandonedBefore);

    /** Records the item created for a suggestion this caller claimed. */
    void created(IssueRef incident, Question question, IssueRef item);

    /** Gives a claim back because creating its item failed, so the suggestion can be created again. */
    void release(IssueRef incident, Question question);

    /** The incident's suggestions taken so far, each with its item (empty while the item is being created). */
    Map<Question, Optional<IssueRef>> taken(IssueRef incident);
}
