package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.checkpoint.OutcomeForm;
import io.debrief.core.checkpoint.RecordCheckpointOutcomes;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import io.debrief.plugin.persistence.testkit.StartLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Closing a checkpoint as people do it: a double click, two tabs, two cluster nodes. Eight identical closes at the same
 * moment, spread over two nodes with their own connections: exactly one acts (200), seven are refused (409), the item is
 * re-planned once and counted as deferred once, its sub-task is closed once.
 */
class CheckpointCloseOnDatabaseTest {

    private static final int CLOSES = 8;
    private static final IssueRef SUB_TASK = new IssueRef(7001, "INC-99", "INC");
    private static final Instant OPENED = Instant.parse("2026-03-19T09:00:00Z");

    @Nested
    @OnEachDatabase
    class OnDatabase {

        final TestClock clock = TestClock.at("2026-03-20T09:00:00Z");
        final InMemoryIncidents incidents = new InMemoryIncidents();
        final InMemoryIssueTracker items = new InMemoryIssueTracker(clock);
        final CheckpointJobOnDatabaseTest.SharedTracker tracker = new CheckpointJobOnDatabaseTest.SharedTracker(items);
        final InMemorySettings settings = new InMemorySettings();
        final TrackedIssue runbook = anActionItem().summary("Write the runbook").build();
        final ExecutorService people = Executors.newFixedThreadPool(CLOSES);
        ActiveObjects nodeA;
        ActiveObjects nodeB;

        @Parameter
        AoTestDatabase database;

        @BeforeEach
        void givenAnOpenedCheckpointWithOneOpenItem() {
            nodeA = database.clean();
            nodeB = database.otherNode();
            incidents.with(anIncident().id(INCIDENT.id()).key(INCIDENT.key()).build());
            items.given(
                    anOrdinaryIssue().ref(INCIDENT).build(),
                    anOrdinaryIssue().ref(SUB_TASK).build(),
                    runbook);
            CheckpointLog log = new AoCheckpointLog(nodeA);
            log.claim(INCIDENT, 1, OPENED, OPENED);
            log.markOpened(INCIDENT, 1, SUB_TASK);
        }

        @AfterEach
        void stop() throws InterruptedException {
            people.shutdownNow();
            people.awaitTermination(10, TimeUnit.SECONDS);
        }

        @Test
        void eightIdenticalClosesAtOnceActExactlyOnce() throws Exception {
            // given eight identical submits, half on each node
            List<OutcomeForm> submit = List.of(new OutcomeForm(runbook.key(), "replanned", "2026-04-30", null));
            StartLine start = new StartLine();
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CLOSES; i++) {
                RecordCheckpointOutcomes node = new RecordCheckpointOutcomes(
                        incidents, new AoCheckpointLog(i % 2 == 0 ? nodeA : nodeB), tracker, settings, clock);
                answers.add(people.submit(start.waiting(
                        () -> status(() -> node.close(INCIDENT.key(), 1, submit, ScriptedViewer.as(ALICE))))));
            }

            // when they all go at the same moment
            start.go();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }

            // then one 200, seven 409
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(CLOSES - 1);

            // and the checkpoint is closed once: deferred once, one due-date change, one sub-task close
            AoCheckpointLog log = new AoCheckpointLog(nodeA);
            assertThat(log.timesReplanned(List.of(runbook.ref()))).containsEntry(runbook.ref(), 1);
            assertThat(log.history(INCIDENT)).singleElement().satisfies(checkpoint -> {
                assertThat(checkpoint.state()).isEqualTo(Checkpoint.State.CLOSED);
                assertThat(checkpoint.outcomes())
                        .isEqualTo(Map.of(runbook.ref(), new ItemOutcome.Replanned(LocalDate.parse("2026-04-30"))));
            });
            assertThat(items.writes())
                    .containsExactly("setDue " + runbook.key() + " 2026-04-30", "resolve " + SUB_TASK.key() + " Done");
        }

        /** The HTTP status the REST layer answers for the outcome (RefusedExceptionMapper: conflict is 409). */
        private static int status(Runnable close) {
            try {
                close.run();
                return 200;
            } catch (ConflictException refused) {
                return 409;
            }
        }
    }
}
