package io.debrief.core.review;

import io.debrief.core.common.IssueRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The history of review decisions per action item; the unique key (item id, version) stops lost updates. */
public interface ReviewDecisionLog {

    /** Appends the decision unless that version of the item already exists; returns whether it was appended. */
    boolean append(DecisionRecord record);

    /**
     * Takes back a decision just appended whose action the tracker then refused, so the history only holds decisions
     * that were carried out; does nothing when a later version exists (it is no longer the item's latest decision).
     */
    void withdraw(DecisionRecord record);

    /** The item's decisions, oldest first. */
    List<DecisionRecord> history(IssueRef item);

    /** The latest decision of each item that has one, in one read. */
    Map<IssueRef, DecisionRecord> latest(Collection<IssueRef> items);

    default Optional<DecisionRecord> latest(IssueRef item) {
        return Optional.ofNullable(latest(List.of(item)).get(item));
    }

    /** The item's current decision version: 0 before the first decision. */
    default long currentVersion(IssueRef item) {
        return latest(item).map(DecisionRecord::version).orElse(0L);
    }
}
