package io.debrief.core.testkit;

import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Hand-removed labels in memory; the first record of an issue is kept. */
public final class InMemoryLabelRemovals implements LabelRemovals {

    /** Who removed the label and when. */
    public record Removal(UserRef by, Instant at) {}

    private final Map<IssueRef, Removal> removals = new HashMap<>();

    @Override
    public void record(IssueRef issue, UserRef by, Instant at) {
        removals.putIfAbsent(issue, new Removal(by, at));
    }

    @Override
    public boolean removedByHand(IssueRef issue) {
        return removals.containsKey(issue);
    }

    public Removal removalOf(IssueRef issue) {
        return removals.get(issue);
    }
}
