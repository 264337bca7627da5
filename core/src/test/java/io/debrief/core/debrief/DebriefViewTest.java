package io.debrief.core.debrief;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.DebriefFixtures.World;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may change an incident's timeline, as the Timeline tab and its REST answer show it. */
class DebriefViewTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");

    private final Incident incident = anIncident()
            .id(1)
            .key("OPS-1")
            .resolvedAt(STARTED.plus(Duration.ofHours(1)))
            .build();
    private final World world = new World().incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(40));
    private final DebriefService service = new DebriefService(
            world.incidents,
            world.timelines,
            DerivedEntries.NONE,
            world.debriefs,
            projectKey -> null,
            TestClock.at(STARTED.plus(Duration.ofDays(1))));
    private final TestViewer alice = aViewer("alice");

    @Test
    void an_editor_may_change_the_timeline_until_the_debrief_is_published() {
        assertThat(service.view("OPS-1", alice).timelineEditableBy(alice)).isTrue();

        world.debrief(incident, aDebrief());
        assertThat(service.view("OPS-1", alice).timelineEditableBy(alice))
                .as("held, not yet published")
                .isTrue();
    }

    @Test
    void a_reader_without_the_right_to_edit_the_issue_may_not() {
        assertThat(service.view("OPS-1", alice).timelineEditableBy(alice.withoutEdit()))
                .isFalse();
    }

    @Test
    void nobody_may_once_the_debrief_is_published() {
        world.debrief(incident, aDebrief().publishedAt(STARTED.plus(Duration.ofDays(1))));

        assertThat(service.view("OPS-1", alice).timelineEditableBy(alice)).isFalse();
    }
}
