package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TimelineFixtures.T0;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.FailingActiveObjects;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import io.debrief.plugin.persistence.testkit.StartLine;
import io.debrief.plugin.persistence.testkit.StoredDebriefs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What only a real database shows: races between nodes, all-or-nothing writes, and a big incident. */
class ActiveObjectsStoresTest {

    private static final Instant DUE = Instant.parse("2026-03-15T06:00:00Z");
    private static final IssueRef SUB_TASK = new IssueRef(5001, "INC-40", "INC");

    @Nested
    @OnEachDatabase
    class OnDatabase {

        ActiveObjects ao;
        ExecutorService nodes = Executors.newFixedThreadPool(2);

        @Parameter
        AoTestDatabase database;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @AfterEach
        void stopNodes() throws InterruptedException {
            nodes.shutdownNow();
            nodes.awaitTermination(10, TimeUnit.SECONDS);
        }

        @Test
        void twoNodesClaimingTheSameCheckpointAtOnceHaveExactlyOneWinner() throws Exception {
            // given two nodes with their own connections
            AoCheckpointLog nodeA = new AoCheckpointLog(ao);
            AoCheckpointLog nodeB = new AoCheckpointLog(database.otherNode());

            for (int number = 1; number <= 20; number++) {
                // when both claim the same checkpoint at the same moment
                int claimed = number;
                StartLine start = new StartLine();
                Future<Boolean> a = nodes.submit(start.waiting(() -> nodeA.claim(INCIDENT, claimed, DUE, DUE)));
                Future<Boolean> b = nodes.submit(start.waiting(() -> nodeB.claim(INCIDENT, claimed, DUE, DUE)));
                start.go();

                // then
                assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                        .as("claim %d", claimed)
                        .containsExactlyInAnyOrder(true, false);
            }
        }

        @Test
        void twoNodesSavingADebriefFromTheSameVersionAtOnceCannotBothWin() throws Exception {
            // given a stored debrief at version 1, seen by two nodes
            var incident = io.debrief.core.testkit.IncidentFixtures.anIncident()
                    .id(42)
                    .key("OPS-42")
                    .build();
            AoDebriefStore nodeA = new AoDebriefStore(ao);
            AoDebriefStore nodeB = new AoDebriefStore(database.otherNode());
            nodeA.save(incident, StoredDebriefs.awaiting(42, "draft"), 0);

            for (int version = 1; version <= 10; version++) {
                // when both save their edit of the same version at the same moment
                int seen = version;
                StartLine start = new StartLine();
                Future<Boolean> a = nodes.submit(start.waiting(() -> savedWithoutConflict(nodeA, incident, seen, "A")));
                Future<Boolean> b = nodes.submit(start.waiting(() -> savedWithoutConflict(nodeB, incident, seen, "B")));
                start.go();

                // then exactly one of them is stored
                assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                        .as("saves of version %d", seen)
                        .containsExactlyInAnyOrder(true, false);
                assertThat(nodeA.find(42).orElseThrow().version()).isEqualTo(seen + 1);
            }
        }

        @Test
        void twoNodesEditingTheSameTimelineEntryVersionAtOnceCannotBothWin() throws Exception {
            // given
            AoTimelineStore nodeA = new AoTimelineStore(ao);
            AoTimelineStore nodeB = new AoTimelineStore(database.otherNode());
            TimelineEntry entry =
                    nodeA.add(anEntry().incidentId(INCIDENT.id()).text("v1").build());

            // when
            StartLine start = new StartLine();
            Future<Boolean> a = nodes.submit(start.waiting(() -> editedWithoutConflict(nodeA, entry, "A")));
            Future<Boolean> b = nodes.submit(start.waiting(() -> editedWithoutConflict(nodeB, entry, "B")));
            start.go();

            // then
            assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
            assertThat(nodeA.versions(entry.id())).hasSize(1);
        }

        @Test
        void aThousandCheckpointsClaimedByTwoNodesGiveAThousandRowsAndAThousandWins() throws Exception {
            // given
            AoCheckpointLog nodeA = new AoCheckpointLog(ao);
            AoCheckpointLog nodeB = new AoCheckpointLog(database.otherNode());
            StartLine start = new StartLine();

            // when both nodes try to claim the same 1,000 checkpoints (two incidents x 500)
            Future<Integer> winsA = nodes.submit(start.waiting(() -> claimAll(nodeA)));
            Future<Integer> winsB = nodes.submit(start.waiting(() -> claimAll(nodeB)));
            start.go();

            // then
            assertThat(winsA.get(120, TimeUnit.SECONDS) + winsB.get(120, TimeUnit.SECONDS))
                    .isEqualTo(1000);
            assertThat(ao.count(CheckpointEntity.class)).isEqualTo(1000);
        }

        @Test
        void aFailureWhileRecordingOutcomesLeavesNoOutcomeAndTheCheckpointOpen() {
            // given an opened checkpoint
            AoCheckpointLog log = new AoCheckpointLog(ao);
            log.claim(INCIDENT, 1, DUE, DUE);
            log.markOpened(INCIDENT, 1, SUB_TASK);
            AoCheckpointLog failingOnSecondRow = new AoCheckpointLog(FailingActiveObjects.failingOnCreate(ao, 2));

            // when the second outcome row cannot be written
            assertThatThrownBy(() -> failingOnSecondRow.recordOutcomes(
                            INCIDENT,
                            1,
                            Map.of(
                                    new IssueRef(7001, "INC-50", "INC"), new ItemOutcome.Done(),
                                    new IssueRef(7002, "INC-51", "INC"), new ItemOutcome.Dropped("retired"),
                                    new IssueRef(7003, "INC-52", "INC"), new ItemOutcome.Done())))
                    .hasMessageContaining("injected");

            // then: nothing of the close stays, so it can be made again
            assertThat(ao.count(CheckpointOutcomeEntity.class)).isZero();
            assertThat(ao.count(CheckpointCloseEntity.class)).isZero();
            assertThat(log.history(INCIDENT)).extracting(Checkpoint::state).containsExactly(Checkpoint.State.OPENED);
            assertThat(log.recordOutcomes(
                            INCIDENT, 1, Map.of(new IssueRef(7001, "INC-50", "INC"), new ItemOutcome.Done())))
                    .isTrue();
        }

        @Test
        void aFailureWhileSavingSettingsKeepsTheOldSettingsWhole() {
            // given
            AoSettings settings = new AoSettings(ao);
            AoSettings failingOnThirdRow = new AoSettings(FailingActiveObjects.failingOnCreate(ao, 3));

            // when
            assertThatThrownBy(() -> failingOnThirdRow.saveGlobal(
                            new GlobalSettings("pir", "0 0 7 * * ?", "Obsolete", "Highest", Set.of("OPS"))))
                    .hasMessageContaining("injected");

            // then
            assertThat(ao.count(SettingEntity.class)).isZero();
            assertThat(settings.global()).isEqualTo(GlobalSettings.DEFAULTS);
        }

        @Test
        void writesOfTwoStoresInsideOneOuterTransactionAreUndoneTogether() {
            // given
            AoCheckpointLog log = new AoCheckpointLog(ao);
            AoLabelRemovals removals = new AoLabelRemovals(ao);

            // when the outer transaction fails after both stores wrote
            assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                        log.claim(OTHER_INCIDENT, 1, DUE, DUE);
                        removals.record(SUB_TASK, io.debrief.core.testkit.TrackerFixtures.ALICE, DUE);
                        throw new IllegalStateException("the job stopped");
                    }))
                    .hasMessage("the job stopped");

            // then
            assertThat(log.history(OTHER_INCIDENT)).isEmpty();
            assertThat(removals.removedByHand(SUB_TASK)).isFalse();
        }

        @Test
        void anIncidentWithTenThousandEntriesListsThemAllInTimelineOrder() {
            // given 10,000 rows written newest first in one batch (as an import would), many sharing an instant
            AoTimelineStore store = new AoTimelineStore(ao);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 10_000; i >= 1; i--) {
                rows.add(Map.of(
                        "INCIDENT_ID",
                        INCIDENT.id(),
                        "KIND",
                        "NOTE",
                        "OCCURRED_AT",
                        T0.plusSeconds(i / 4).toEpochMilli(),
                        "TEXT",
                        "entry " + i,
                        "SOURCE",
                        "MANUAL",
                        "ENTRY_VERSION",
                        1,
                        "DELETED",
                        false,
                        "RECORDED_AT",
                        T0.toEpochMilli()));
            }
            long started = System.nanoTime();
            ao.create(TimelineEntryEntity.class, rows);
            store.add(
                    anEntry().incidentId(OTHER_INCIDENT.id()).text("elsewhere").build());
            long inserted = System.nanoTime();

            // when
            List<TimelineEntry> listed = store.entries(INCIDENT.id(), false);
            long read = System.nanoTime();

            // then
            assertThat(listed).hasSize(10_000);
            assertThat(listed).isSortedAccordingTo(Timeline.ORDER);
            assertThat(listed).extracting(TimelineEntry::text).startsWith("entry 3", "entry 2", "entry 1");
            System.out.printf(
                    "%s: 10,000 timeline rows in one batch %d ms, listing them %d ms%n",
                    database, (inserted - started) / 1_000_000, (read - inserted) / 1_000_000);
        }

        @Test
        void aThousandEntriesAddedOneByOneComeBackComplete() {
            // given
            AoTimelineStore store = new AoTimelineStore(ao);
            long started = System.nanoTime();
            IntStream.rangeClosed(1, 1000)
                    .forEach(i -> store.add(anEntry()
                            .incidentId(INCIDENT.id())
                            .at(T0.plusSeconds(i))
                            .text("entry " + i)
                            .build()));
            long added = System.nanoTime();

            // when / then
            assertThat(store.entries(INCIDENT.id(), false))
                    .extracting(TimelineEntry::text)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 1000)
                            .mapToObj(i -> "entry " + i)
                            .toList());
            System.out.printf(
                    "%s: 1,000 timeline adds one by one (each its own commit) %d ms%n",
                    database, (added - started) / 1_000_000);
        }

        private static boolean savedWithoutConflict(
                AoDebriefStore node, io.debrief.core.incident.Incident incident, int seenVersion, String text) {
            try {
                node.save(incident, StoredDebriefs.awaiting(incident.id(), text), seenVersion);
                return true;
            } catch (io.debrief.core.common.ConflictException stale) {
                return false;
            }
        }

        private static boolean editedWithoutConflict(AoTimelineStore node, TimelineEntry seen, String text) {
            try {
                node.update(
                        seen.withContent(seen.kind(), seen.at(), text, null),
                        seen.version(),
                        io.debrief.core.timeline.EntryVersion.of(seen, "bob", T0));
                return true;
            } catch (io.debrief.core.common.ConflictException stale) {
                return false;
            }
        }

        private static int claimAll(AoCheckpointLog node) {
            int wins = 0;
            for (IssueRef incident : List.of(INCIDENT, OTHER_INCIDENT)) {
                for (int number = 1; number <= 500; number++) {
                    wins += node.claim(incident, number, DUE, DUE) ? 1 : 0;
                }
            }
            return wins;
        }
    }
}
