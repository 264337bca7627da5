package io.debrief.core.tracker;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.IssueTrackerContract;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.Instant;

/** The in-memory tracker the use case tests run on keeps the {@link IssueTracker} contract. */
class InMemoryIssueTrackerContractTest implements IssueTrackerContract.Whole {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final UserRef ALICE = new UserRef("alice", "Alice Example");

    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(TestClock.at(NOW))
            .userMayBrowse(ALICE.key(), "OPS", "PAY")
            .userMayOpenIncidentsIn(ALICE.key(), "OPS", "PAY")
            .userMayBrowse("carol", "OPS");

    @Override
    public IssueTracker tracker() {
        return tracker;
    }

    @Override
    public IssueRef anIncident(String projectKey) {
        return given(
                anOrdinaryIssue().inProject(projectKey).summary("Checkout down").build());
    }

    @Override
    public IssueRef anItem(IssueRef incident, String label) {
        return given(anActionItem()
                .inProject(incident.projectKey())
                .of(incident)
                .withLabel(label)
                .build());
    }

    @Override
    public IssueRef aResolvedItem(IssueRef incident, String label) {
        return given(anActionItem()
                .inProject(incident.projectKey())
                .of(incident)
                .withLabel(label)
                .status(StatusCategory.DONE)
                .resolvedAt(NOW)
                .build());
    }

    @Override
    public Audience personBrowsingOnly(String projectKey) {
        ScriptedViewer viewer = ScriptedViewer.as(new UserRef("carol", "Carol Example"));
        for (String other : InMemoryIssueTracker.KNOWN_PROJECTS) {
            if (!other.equals(projectKey)) {
                viewer.cannotBrowseProject(other);
            }
        }
        return Audience.of(viewer);
    }

    @Override
    public String incidentOpener() {
        return ALICE.key();
    }

    @Override
    public String browsingOnly() {
        return "carol";
    }

    @Override
    public UserRef member() {
        return ALICE;
    }

    private IssueRef given(TrackedIssue issue) {
        tracker.given(issue);
        return issue.ref();
    }
}
