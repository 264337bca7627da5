package io.debrief.core.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;

/** Named values the core tests share, so each test only spells out what matters to it. */
public final class TrackerFixtures {

    public static final IssueRef INCIDENT = new IssueRef(1001, "INC-12", "INC");
    public static final IssueRef OTHER_INCIDENT = new IssueRef(1002, "INC-13", "INC");
    public static final UserRef ALICE = new UserRef("alice", "Alice Example");
    public static final UserRef BOB = new UserRef("bob", "Bob Example");

    private TrackerFixtures() {}

    public static IssueRef incident(long id) {
        return new IssueRef(id, "INC-" + id, "INC");
    }
}
