package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;

/** Issues a person took the debrief label off; remembered so the label is never put back on them. */
public interface LabelRemovals {

    /** Remembers the removal; recording the same issue again keeps the first record. */
    void record(IssueRef issue, UserRef by, Instant at);

    boolean removedByHand(IssueRef issue);
}
