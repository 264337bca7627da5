package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import io.debrief.plugin.persistence.testkit.StartLine;
import io.debrief.plugin.persistence.testkit.StoredDebriefs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The checkpoint job as a cluster runs it: two nodes with their own database connections run at the same moment over
 * the same due debriefs, and a node that dies between claiming a checkpoint and creating its sub-task. Exactly one
 * sub-task per due checkpoint, never two, never none.
 */
class CheckpointJobOnDatabaseTest {

    private static final int DUE_INCIDENTS = 1_000;
    private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");
    /** Held a little over 14 days ago: the first checkpoint (default interval) is due. */
    private static final Instant HELD = NOW.minus(Duration.ofDays(14)).minus(Duration.ofHours(1));

    @Nested
    @OnEachDatabase
    class OnDatabase {

        final TestClock clock = TestClock.at(NOW);
        final InMemorySettings settings = new InMemorySettings();
        final SharedTracker tracker = new SharedTracker(new InMemoryIssueTracker(clock));
        final ExecutorService nodes = Executors.newFixedThreadPool(2);
        ActiveObjects nodeA;
        ActiveObjects nodeB;

        @Parameter
        AoTestDatabase database;

        @BeforeEach
        void twoNodesOnOneDatabase() {
            nodeA = database.clean();
            nodeB = database.otherNode();
        }

        @AfterEach
        void stopNodes() throws InterruptedException {
            nodes.shutdownNow();
            nodes.awaitTermination(10, TimeUnit.SECONDS);
        }

        @Test
        void twoNodesRunningAtOnceOverAThousandDueDebriefsOpenExactlyAThousandCheckpoints() throws Exception {
            // given a thousand held debriefs whose first checkpoint is due, each with an open action item
            List<Incident> incidents = givenHeldDebriefsWithOpenItems(DUE_INCIDENTS);

            // when both nodes run the job at the same moment
            StartLine start = new StartLine();
            Future<JobRunReport> a = nodes.submit(start.waiting(() -> job(nodeA).run()));
            Future<JobRunReport> b = nodes.submit(start.waiting(() -> job(nodeB).run()));
            start.go();
            JobRunReport reportA = a.get(5, TimeUnit.MINUTES);
            JobRunReport reportB = b.get(5, TimeUnit.MINUTES);

            // then every due checkpoint was opened once, by one node or the other
            List<NewCheckpointSubTask> created = tracker.created();
            assertThat(created).hasSize(DUE_INCIDENTS);
            assertThat(created.stream()
                            .map(subTask -> subTask.incident().id() + ":" + subTask.number())
                            .collect(Collectors.toSet()))
                    .hasSize(DUE_INCIDENTS);
            assertThat(created.stream().map(NewCheckpointSubTask::incident).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(
                            incidents.stream().map(Incident::ref).toList());
            assertThat(reportA.failed()).isEmpty();
            assertThat(reportB.failed()).isEmpty();
            assertThat(reportA.opened() + reportB.opened()).isEqualTo(DUE_INCIDENTS);

            // and a later run on either node opens nothing more
            assertThat(job(nodeA).run().opened()).isZero();
            assertThat(job(nodeB).run().opened()).isZero();
            assertThat(tracker.created()).hasSize(DUE_INCIDENTS);
        }

        @Test
        void aNodeThatDiesBetweenClaimAndSubTaskIsRepairedByALaterRunWithoutADuplicate() {
            // given three due debriefs; creating the sub-task of the second fails as if the node died there
            List<Incident> incidents = givenHeldDebriefsWithOpenItems(3);
            IssueRef crashed = incidents.get(1).ref();
            tracker.delegate.failCheckpointsFor(crashed);

            // when the job runs: the checkpoint of the crashed incident is claimed, but has no sub-task
            JobRunReport first = job(nodeA).run();

            // then the others are opened, the crashed one is reported
            assertThat(first.opened()).isEqualTo(2);
            assertThat(first.failed())
                    .extracting(JobRunReport.Failure::incident)
                    .containsExactly(crashed);

            // when the tracker is back and the other node runs before the claim is stale
            tracker.delegate.stopFailing();
            JobRunReport tooEarly = job(nodeB).run();

            // then nobody steals a claim that may still be in progress
            assertThat(tooEarly.opened() + tooEarly.repaired()).isZero();

            // when a run comes after the claim went stale
            clock.advance(Duration.ofMinutes(31));
            JobRunReport repair = job(nodeB).run();

            // then the missing sub-task is created once, and nothing else is
            assertThat(repair.repaired()).isEqualTo(1);
            assertThat(tracker.created())
                    .extracting(NewCheckpointSubTask::incident)
                    .containsExactlyInAnyOrderElementsOf(
                            incidents.stream().map(Incident::ref).toList());
            assertThat(job(nodeA).run().opened()).isZero();
            assertThat(tracker.created()).hasSize(3);
        }

        private OpenDueCheckpoints job(ActiveObjects node) {
            return new OpenDueCheckpoints(
                    new AoHeldDebriefs(node), new AoCheckpointLog(node), tracker, settings, clock);
        }

        private List<Incident> givenHeldDebriefsWithOpenItems(int count) {
            AoDebriefStore debriefs = new AoDebriefStore(nodeA);
            List<Incident> incidents = new ArrayList<>();
            nodeA.executeInTransaction(() -> {
                for (int i = 0; i < count; i++) {
                    long id = 800_000L + i;
                    Incident incident = anIncident()
                            .id(id)
                            .key("INC-" + (i + 1))
                            .resolvedAt(HELD.minus(Duration.ofDays(1)))
                            .build();
                    debriefs.save(incident, StoredDebriefs.held(id, HELD, "what we learned"), 0);
                    incidents.add(incident);
                }
                return null;
            });
            tracker.delegate.given(incidents.stream()
                    .map(incident -> anActionItem().of(incident.ref()).build())
                    .toArray(TrackedIssue[]::new));
            return incidents;
        }
    }

    /**
     * Jira's issue service is safe to call from two nodes at once; the in-memory tracker is not, so both nodes share
     * it through this lock. It also records every sub-task created, whichever node created it.
     */
    static final class SharedTracker implements IssueTracker {

        final InMemoryIssueTracker delegate;

        SharedTracker(InMemoryIssueTracker delegate) {
            this.delegate = delegate;
        }

        synchronized List<NewCheckpointSubTask> created() {
            return List.copyOf(delegate.createdSubTasks());
        }

        @Override
        public synchronized IssueRef createActionItem(NewActionItem item, String label) {
            return delegate.createActionItem(item, label);
        }

        @Override
        public synchronized void linkAsRepeat(IssueRef incident, IssueRef earlier) {
            delegate.linkAsRepeat(incident, earlier);
        }

        @Override
        public synchronized List<IssueRef> repeatOf(IssueRef incident) {
            return delegate.repeatOf(incident);
        }

        @Override
        public synchronized IssueRef createCheckpointSubTask(NewCheckpointSubTask subTask) {
            return delegate.createCheckpointSubTask(subTask);
        }

        @Override
        public synchronized Optional<IssueRef> findCheckpointSubTask(IssueRef incident, int number) {
            return delegate.findCheckpointSubTask(incident, number);
        }

        @Override
        public synchronized boolean addLabel(IssueRef issue, String label) {
            return delegate.addLabel(issue, label);
        }

        @Override
        public synchronized Optional<TrackedIssue> find(String key) {
            return delegate.find(key);
        }

        @Override
        public synchronized Page<TrackedIssue> debriefItems(ItemSearch search, Audience audience, PageRequest page) {
            return delegate.debriefItems(search, audience, page);
        }

        @Override
        public synchronized void resolve(IssueRef issue, String resolutionName, String comment) {
            delegate.resolve(issue, resolutionName, comment);
        }

        @Override
        public synchronized boolean canResolve(IssueRef issue, String resolutionName) {
            return delegate.canResolve(issue, resolutionName);
        }

        @Override
        public synchronized boolean has(Named kind, String name) {
            return delegate.has(kind, name);
        }

        @Override
        public synchronized boolean mayBrowse(String userKey, String projectKey) {
            return delegate.mayBrowse(userKey, projectKey);
        }

        @Override
        public synchronized java.util.Optional<io.debrief.core.common.UserRef> incidentReporter(
                String username, String projectKey) {
            return delegate.incidentReporter(username, projectKey);
        }

        @Override
        public synchronized IssueRef createIncident(io.debrief.core.tracker.NewIncident incident) {
            return delegate.createIncident(incident);
        }

        @Override
        public synchronized void setPriority(IssueRef issue, String priorityName) {
            delegate.setPriority(issue, priorityName);
        }

        @Override
        public synchronized void setDue(IssueRef issue, LocalDate due) {
            delegate.setDue(issue, due);
        }
    }
}
