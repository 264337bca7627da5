package io.debrief.core.insights;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.InMemoryIncidentIndex;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemoryTimelineStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the incident index is kept: one incident written from its timeline, debrief and items; a fill; a forget. */
class IncidentIndexingTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private final InMemoryIncidentIndex index = new InMemoryIncidentIndex();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
    private final InMemoryDebriefStore debriefs = new InMemoryDebriefStore();
    private final InMemoryItemIndex items = new InMemoryItemIndex();
    private final InMemoryReviewDecisionLog decisions = new InMemoryReviewDecisionLog();
    private final IncidentIndexing indexing =
            new IncidentIndexing(index, incidents, timelines, debriefs, items, decisions);
    private final Incident incident = anIncident()
            .id(7)
            .key("OPS-7")
            .components("api")
            .resolvedAt(START.plusSeconds(7200))
            .build();
    private final IncidentIndexing.Seen seen = new IncidentIndexing.Seen(Set.of("team-payments"), true);

    IncidentIndexingTest() {
        incidents.with(incident);
        timelines.add(anEntry().incidentId(7).started(START).build());
        timelines.add(anEntry().incidentId(7).detected(START.plusSeconds(240)).build());
    }

    private static IndexedItem item(long id, boolean open, Instant resolved) {
        return new IndexedItem(
                IssueRef.of(id, "OPS-" + id),
                IssueRef.of(7, "OPS-7"),
                open,
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-30"),
                resolved,
                resolved != null,
                false);
    }

    @Test
    void an_incident_is_written_with_its_facts_debrief_labels_and_items() {
        debriefs.save(incident, aDebrief().heldAt(START.plusSeconds(86_400)).build(7), 0);
        items.put(item(71, true, null));
        items.put(item(72, false, START.plusSeconds(172_800)));
        decisions.append(new DecisionRecord(
                IssueRef.of(72, "OPS-72"),
                Decision.closeIrrelevant("Replaced by the new alerting"),
                new UserRef("alice", "Alice"),
                START.plusSeconds(172_000),
                1));

        IndexedIncident row = indexing.refresh(7, seen).orElseThrow();

        // the tracker's resolution fills in what the timeline does not record; the issue's creation is "declared"
        assertThat(row.facts())
                .isEqualTo(new IncidentFacts(START, START.plusSeconds(240), null, START.plusSeconds(7200))
                        .declared(incident.created()));
        assertThat(row.debrief()).isEqualTo(DebriefStatus.HELD);
        assertThat(row.heldAt()).isEqualTo(START.plusSeconds(86_400));
        assertThat(row.labels()).containsExactly("team-payments");
        assertThat(row.components()).containsExactly("api");
        assertThat(row.secured()).isTrue();
        assertThat(row.items())
                .extracting(each -> each.ref().key(), IncidentItem::open, IncidentItem::dropped)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("OPS-71", true, false),
                        org.assertj.core.groups.Tuple.tuple("OPS-72", false, true));
        assertThat(index.row(7)).isEqualTo(row);
    }

    @Test
    void an_item_event_writes_its_incident_with_the_item_as_the_tracker_holds_it_now() {
        items.put(item(71, true, null));
        indexing.refresh(7, seen);

        // the item index may not have taken the change yet: the event's item wins
        indexing.itemChanged(item(71, false, START.plusSeconds(90_000)), seen);

        assertThat(index.row(7).items()).singleElement().satisfies(each -> {
            assertThat(each.open()).isFalse();
            assertThat(each.resolved()).isEqualTo(START.plusSeconds(90_000));
        });
    }

    @Test
    void an_issue_that_is_no_longer_an_incident_is_forgotten() {
        indexing.refresh(7, seen);
        InMemoryIncidents none = new InMemoryIncidents();
        IncidentIndexing gone = new IncidentIndexing(index, none, timelines, debriefs, items, decisions);

        assertThat(gone.refresh(7, seen)).isEmpty();

        assertThat(index.incidentIds()).isEmpty();
    }

    @Test
    void a_fill_writes_every_incident_and_forgets_what_the_tracker_no_longer_holds_unless_it_read_only_part() {
        index.put(new IndexedIncident(
                IssueRef.of(99, "OPS-99"),
                Set.of(),
                Set.of(),
                START,
                IncidentFacts.none(),
                DebriefStatus.AWAITING,
                null,
                false,
                List.of()));

        int cut = indexing.reconcile(each -> {
            each.accept(new IncidentIndexing.Fed(incident, seen));
            return false;
        });
        assertThat(cut).isEqualTo(1);
        assertThat(index.incidentIds()).containsExactlyInAnyOrder(7L, 99L);

        indexing.reconcile(each -> {
            each.accept(new IncidentIndexing.Fed(incident, seen));
            return true;
        });
        assertThat(index.incidentIds()).containsExactly(7L);
    }
}
