package io.debrief.core.debrief;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.DebriefFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 17: what the store knows of each published debrief's incident being secured follows the tracker. */
class PublishedIncidentSecurityTest {

    private static final Instant STARTED = Instant.parse("2026-01-02T08:00:00Z");

    private final DebriefFixtures.World world = new DebriefFixtures.World();
    private final PublishedIncidentSecurity security = new PublishedIncidentSecurity(world.debriefs, world.incidents);

    @Test
    void publishing_keeps_whether_the_incident_is_secured() {
        Incident open = published(anIncident().id(1).key("OPS-1").build());
        Incident secret = published(anIncident().id(2).key("OPS-2").secured().build());

        assertThat(world.debriefs.securedAsKept(open.id())).isFalse();
        assertThat(world.debriefs.securedAsKept(secret.id())).isTrue();
    }

    @Test
    void an_event_on_an_incident_keeps_its_new_security() {
        Incident incident = published(anIncident().id(1).key("OPS-1").build());

        boolean changed =
                security.changed(anIncident().id(1).key("OPS-1").secured().build());

        assertThat(changed).isTrue();
        assertThat(world.debriefs.securedAsKept(incident.id())).isTrue();
        assertThat(security.changed(anIncident().id(1).key("OPS-1").secured().build()))
                .as("the same again changes nothing")
                .isFalse();
    }

    @Test
    void an_event_on_an_incident_without_a_debrief_writes_nothing() {
        assertThat(security.changed(anIncident().id(9).key("OPS-9").secured().build()))
                .isFalse();
        assertThat(world.debriefs.find(9)).isEmpty();
    }

    @Test
    void the_reconcile_puts_right_what_events_missed_and_fills_what_is_not_known() {
        Incident securedSince = published(anIncident().id(1).key("OPS-1").build());
        Incident unsecuredSince =
                published(anIncident().id(2).key("OPS-2").secured().build());
        Incident notKnown = published(anIncident().id(3).key("OPS-3").build());
        Incident deleted = published(anIncident().id(4).key("OPS-4").build());
        world.incidents.with(anIncident().id(1).key("OPS-1").secured().build());
        world.incidents.with(anIncident().id(2).key("OPS-2").build());
        world.debriefs.forgetSecurity(notKnown.id());
        world.incidents.withOtherIssue(deleted.ref());

        int changed = security.reconcile();

        assertThat(changed).isEqualTo(4);
        assertThat(world.debriefs.securedAsKept(securedSince.id())).isTrue();
        assertThat(world.debriefs.securedAsKept(unsecuredSince.id())).isFalse();
        assertThat(world.debriefs.securedAsKept(notKnown.id())).isFalse();
        assertThat(world.debriefs.securedAsKept(deleted.id()))
                .as("no longer an incident: asked of the tracker, never counted by the store")
                .isTrue();
        assertThat(security.reconcile()).as("a second run changes nothing").isZero();
    }

    @Test
    void the_reconcile_reads_every_published_debrief_in_chunks() {
        int count = PublishedIncidentSecurity.CHUNK * 2 + 7;
        for (int i = 1; i <= count; i++) {
            published(anIncident().id(i).key("OPS-" + i).build());
            world.debriefs.forgetSecurity(i);
        }

        assertThat(security.reconcile()).isEqualTo(count);
    }

    private Incident published(Incident incident) {
        world.incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(80))
                .debrief(
                        incident,
                        aDebrief()
                                .heldAt(STARTED.plus(Duration.ofDays(1)))
                                .publishedAt(STARTED.plus(Duration.ofDays(2).plusMinutes(incident.id()))));
        return incident;
    }
}
