package io.debrief.bench;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.IssueTrackerContract;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.util.List;

/**
 * The bench's indexed tracker answers searches and checkpoint sub-tasks as every tracker does, so the scale runs
 * measure the plugin on the behaviour Jira has. It serves no other part of the port (the runs write nothing else).
 */
class BenchTrackerContractTest implements IssueTrackerContract.Searching, IssueTrackerContract.CheckpointSubTasks {

    private final BenchTracker tracker = new BenchTracker();

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
                .resolvedAt(Instant.parse("2026-03-10T09:00:00Z"))
                .build());
    }

    @Override
    public Audience personBrowsingOnly(String projectKey) {
        return Audience.of(ScriptedViewer.as(new UserRef("carol", "Carol Example"))
                .cannotBrowseProject(projectKey.equals("OPS") ? "PAY" : "OPS"));
    }

    @Override
    public UserRef member() {
        return new UserRef("alice", "Alice Example");
    }

    private IssueRef given(TrackedIssue issue) {
        tracker.given(List.of(issue));
        return issue.ref();
    }
}
