package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.insights.IncidentIndex;
import io.debrief.core.insights.IncidentItem;
import io.debrief.core.insights.IndexedIncident;
import io.debrief.core.insights.TeamRule;
import io.debrief.core.testkit.InMemoryIncidentIndex;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link IncidentIndex} does, in memory and on Active Objects (H2, PostgreSQL). */
class IncidentIndexContractTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    static IndexedIncident incident(long id, String key, String began, List<IncidentItem> items) {
        Instant start = Instant.parse(began);
        return new IndexedIncident(
                IssueRef.of(id, key),
                Set.of("api", "db gateway"),
                Set.of("team-payments", "sev1"),
                start.minusSeconds(600),
                new IncidentFacts(start, start.plusSeconds(120), null, start.plusSeconds(3000)),
                DebriefStatus.PUBLISHED,
                start.plusSeconds(86_400),
                true,
                items);
    }

    static IncidentItem item(long id, String key, String created, String resolved, boolean dropped) {
        return new IncidentItem(
                IssueRef.of(id, key),
                LocalDate.parse(created),
                LocalDate.parse(created).plusDays(14),
                resolved == null ? null : Instant.parse(resolved),
                resolved != null && !dropped,
                dropped,
                id % 2 == 0);
    }

    abstract static class Contract {

        abstract IncidentIndex index();

        @Test
        void a_kept_incident_reads_back_as_written() {
            IndexedIncident written = incident(
                    10,
                    "OPS-10",
                    "2026-02-01T10:00:00Z",
                    List.of(
                            item(101, "OPS-101", "2026-02-02", "2026-02-10T09:00:00Z", false),
                            item(102, "ENG-102", "2026-02-02", "2026-02-11T09:00:00Z", true),
                            item(103, "OPS-103", "2026-02-03", null, false)));

            index().put(written);

            assertThat(index().relevantSince(null, SINCE)).containsExactly(written);
            assertThat(index().incidentIds()).containsExactly(10L);
        }

        @Test
        void writing_it_again_replaces_what_was_kept() {
            index().put(incident(10, "OPS-10", "2026-02-01T10:00:00Z", List.of()));
            IndexedIncident moved = incident(10, "PAY-3", "2026-02-01T10:00:00Z", List.of());

            index().put(moved);

            assertThat(index().relevantSince(null, SINCE)).containsExactly(moved);
        }

        @Test
        void an_older_incident_is_read_only_while_one_of_its_items_was_open_since() {
            IndexedIncident closedBefore = incident(
                    1,
                    "OPS-1",
                    "2025-10-01T00:00:00Z",
                    List.of(item(11, "OPS-11", "2025-10-02", "2025-12-01T00:00:00Z", false)));
            IndexedIncident closedAfter = incident(
                    2,
                    "OPS-2",
                    "2025-10-01T00:00:00Z",
                    List.of(item(21, "OPS-21", "2025-10-02", "2026-01-05T00:00:00Z", false)));
            IndexedIncident stillOpen = incident(
                    3, "OPS-3", "2025-09-01T00:00:00Z", List.of(item(31, "OPS-31", "2025-09-02", null, false)));
            IndexedIncident noItems = incident(4, "OPS-4", "2025-11-01T00:00:00Z", List.of());
            IndexedIncident recent = incident(5, "PAY-5", "2026-01-01T00:00:00Z", List.of());
            List.of(closedBefore, closedAfter, stillOpen, noItems, recent).forEach(index()::put);

            assertThat(index().relevantSince(null, SINCE)).containsExactlyInAnyOrder(closedAfter, stillOpen, recent);
            assertThat(index().relevantSince(Set.of("PAY"), SINCE)).containsExactly(recent);
            assertThat(index().relevantSince(Set.of(), SINCE)).isEmpty();
        }

        @Test
        void a_forgotten_incident_is_read_no_more() {
            index().put(incident(10, "OPS-10", "2026-02-01T10:00:00Z", List.of()));

            index().remove(10);
            index().remove(99);

            assertThat(index().relevantSince(null, SINCE)).isEmpty();
            assertThat(index().incidentIds()).isEmpty();
        }
    }

    @Nested
    class InMemory extends Contract {
        final IncidentIndex index = new InMemoryIncidentIndex();

        @Override
        IncidentIndex index() {
            return index;
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        com.atlassian.activeobjects.external.ActiveObjects ao;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @Override
        IncidentIndex index() {
            return new AoIncidentIndex(ao);
        }

        @Test
        void a_node_that_read_the_index_sees_what_another_node_wrote_and_removed_since() {
            AoIncidentIndex first = new AoIncidentIndex(ao);
            AoIncidentIndex second = new AoIncidentIndex(ao);
            IndexedIncident kept = incident(1, "OPS-1", "2026-02-01T10:00:00Z", List.of());
            first.put(kept);
            assertThat(first.relevantSince(null, SINCE)).containsExactly(kept);

            IndexedIncident changed = incident(1, "OPS-1", "2026-02-03T10:00:00Z", List.of());
            IndexedIncident added = incident(2, "OPS-2", "2026-02-04T10:00:00Z", List.of());
            second.put(changed);
            second.put(added);
            assertThat(first.relevantSince(null, SINCE)).containsExactlyInAnyOrder(changed, added);

            second.remove(1);
            assertThat(first.relevantSince(null, SINCE)).containsExactly(added);
            assertThat(first.relevantSince(Set.of("OPS"), Instant.parse("2026-03-01T00:00:00Z")))
                    .isEmpty();
        }

        @Test
        void the_projects_searched_by_the_reconcile_are_those_of_the_kept_incidents() {
            // given
            AoIncidentIndex index = new AoIncidentIndex(ao);
            index.put(incident(1, "OPS-1", "2026-02-01T10:00:00Z", List.of()));
            index.put(incident(2, "OPS-2", "2026-02-02T10:00:00Z", List.of()));
            index.put(incident(3, "PAY-1", "2026-02-03T10:00:00Z", List.of()));

            // when
            index.remove(3);

            // then
            assertThat(index.projects()).containsExactly("OPS");
        }

        @Test
        void the_team_rule_is_by_component_until_an_admin_saves_a_label_prefix() {
            AoInsightsSettings settings = new AoInsightsSettings(ao);
            assertThat(settings.team()).isEqualTo(TeamRule.BY_COMPONENT);

            settings.saveTeam(TeamRule.labelPrefix("team-"));

            assertThat(new AoInsightsSettings(ao).team()).isEqualTo(TeamRule.labelPrefix("team-"));
            settings.saveTeam(TeamRule.BY_COMPONENT);
            assertThat(new AoInsightsSettings(ao).team()).isEqualTo(TeamRule.BY_COMPONENT);
        }
    }
}
