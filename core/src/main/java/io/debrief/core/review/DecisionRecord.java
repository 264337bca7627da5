package io.debrief.core.review;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision in an item's review history: what, by whom, when, and the item's decision version it created (1, 2..).
 */
public record DecisionRecord(IssueRef item, Decision decision, UserRef by, Instant at, long version) {

    public DecisionRecord {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (version < 1) {
            throw new IllegalArgumentException("decision versions start at 1: " + version);
        }
    }
}
