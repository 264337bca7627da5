package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The composition root runs on the Active Objects stores as a host would wire them. */
class PersistenceStoresTest {

    @Test
    void theApplicationKeepsATimelineEntryInTheDatabase() {
        // given
        Incident incident = anIncident().id(77).key("OPS-77").build();
        TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
        PersistenceStores stores = PersistenceStores.over(AoTestDatabase.H2.clean());
        DebriefApplication app = new DebriefApplication(
                new InMemoryIncidents().with(incident),
                DerivedEntries.NONE,
                stores.timeline(),
                stores.debriefs(),
                new InMemoryIssueTracker(clock),
                stores.checkpoints(),
                stores.heldDebriefs(),
                stores.reviewDecisions(),
                stores.labelRemovals(),
                stores.settings(),
                stores.suggestedItems(),
                clock);

        // when
        TimelineEntry added = app.timeline()
                .add(
                        "OPS-77",
                        new NewTimelineEntry(
                                EntryKind.DETECTED, Instant.parse("2026-03-01T10:04:00Z"), "alert fired", null),
                        aViewer("alice"));

        // then
        assertThat(stores.timeline().find(77, added.id())).contains(added);
        assertThat(app.timeline().list("OPS-77", false, aViewer("bob")))
                .extracting(TimelineEntry::text)
                .contains("alert fired");
    }
}
