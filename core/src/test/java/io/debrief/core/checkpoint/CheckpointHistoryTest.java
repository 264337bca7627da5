package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckpointHistoryTest {

    private static final Instant HELD = Instant.parse("2026-03-01T09:00:00Z");

    private final TestClock clock = TestClock.at("2026-03-20T09:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryCheckpointLog log = new InMemoryCheckpointLog();
    private final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    private final InMemorySettings settings = new InMemorySettings();
    private final CheckpointHistory history = new CheckpointHistory(incidents, log, held, tracker, settings, clock);

    private final TrackedIssue openItem = anActionItem().build();

    @BeforeEach
    void givenAHeldDebriefWithOneCheckpoint() {
        incidents.with(anIncident().id(INCIDENT.id()).key(INCIDENT.key()).build());
        tracker.given(openItem);
        held.held(INCIDENT, HELD, ALICE);
        log.claim(INCIDENT, 1, HELD.plusSeconds(14 * 86_400), HELD.plusSeconds(14 * 86_400));
        log.markOpened(INCIDENT, 1, new IssueRef(7001, "INC-99", "INC"));
    }

    @Test
    void shows_the_history_the_items_and_the_next_due_checkpoint() {
        CheckpointHistory.View view = history.view(INCIDENT.key(), ScriptedViewer.as(ALICE));

        assertThat(view.history()).extracting(Checkpoint::number).containsExactly(1);
        assertThat(view.items()).containsExactly(openItem);
        assertThat(view.next()).isEqualTo(new CheckpointHistory.Next(2, Instant.parse("2026-03-29T09:00:00Z")));
    }

    @Test
    void a_quiet_number_is_the_jobs_bookkeeping_and_not_shown() {
        log.recordQuiet(INCIDENT, 2, HELD.plusSeconds(28 * 86_400), HELD.plusSeconds(28 * 86_400));

        CheckpointHistory.View view = history.view(INCIDENT.key(), ScriptedViewer.as(ALICE));

        assertThat(view.history()).extracting(Checkpoint::number).containsExactly(1);
    }

    @Test
    void the_next_checkpoint_follows_the_project_interval() {
        settings.withCheckpointInterval("INC", 7);

        CheckpointHistory.View view = history.view(INCIDENT.key(), ScriptedViewer.as(ALICE));

        assertThat(view.next()).isEqualTo(new CheckpointHistory.Next(3, Instant.parse("2026-03-22T09:00:00Z")));
    }

    @Test
    void no_next_checkpoint_once_every_item_is_resolved() {
        tracker.resolveNow(openItem.ref());

        assertThat(history.view(INCIDENT.key(), ScriptedViewer.as(ALICE)).next())
                .isNull();
    }

    @Test
    void hidden_items_are_not_listed_but_still_keep_checkpoints_coming() {
        CheckpointHistory.View view =
                history.view(INCIDENT.key(), ScriptedViewer.as(ALICE).cannotBrowseProject("OPS"));

        assertThat(view.items()).isEmpty();
        assertThat(view.next()).isNotNull();
    }

    @Test
    void an_issue_that_is_not_an_incident_is_a_conflict() {
        incidents.withOtherIssue(new IssueRef(555, "OPS-555", "OPS"));

        assertThatThrownBy(() -> history.view("OPS-555", ScriptedViewer.as(ALICE)))
                .isInstanceOf(ConflictException.class);
    }
}
