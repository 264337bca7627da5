package io.debrief.core.debrief;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.DebriefFixtures.World;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which incidents still wait for their debrief. */
class AwaitingDebriefsTest {

    private final World world = new World();
    private final AwaitingDebriefs awaiting = new AwaitingDebriefs(world.debriefs);

    @Test
    void an_incident_without_a_debrief_awaits_one() {
        assertThat(awaiting.awaits(10_001)).isTrue();
    }

    @Test
    void a_held_or_published_debrief_no_longer_awaits() {
        Incident held = anIncident().id(1).key("OPS-1").build();
        Incident published = anIncident().id(2).key("OPS-2").build();
        world.debrief(held, aDebrief())
                .debrief(published, aDebrief().publishedAt(Instant.parse("2026-03-03T10:00:00Z")));

        assertThat(awaiting.awaits(1)).isFalse();
        assertThat(awaiting.awaits(2)).isFalse();
    }
}
