package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.insights.IndexedIncident;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.insights.IncidentIndexReconcileJob;
import io.debrief.plugin.jira.JiraIncidentFeed;
import io.debrief.plugin.persistence.AoIncidentIndex;
import io.debrief.plugin.review.index.ItemIndexReconcileJob;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxIssues;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.jira.HostSecurityLevel;
import io.debrief.sandbox.jira.JiraHost;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 on the seeded sandbox: what Jira changes without an event (a bulk edit, a delete, a security level, a
 * project move) reaches the insights' incident index by one run of the reconcile job, and a run whose read of Jira
 * was cut short forgets nothing. Each case takes an incident of its own from the seed.
 */
class IncidentIndexReconcileTest {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static JiraHost jira;
    static AoIncidentIndex index;
    static SandboxIssues issues;
    static List<Long> opsIncidents;

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
        jira = server.bound(JiraHost.class).orElseThrow();
        index = jira.component(AoIncidentIndex.class);
        issues = server.context().issues();
        opsIncidents = index.incidentIds().stream()
                .sorted()
                .filter(id -> issues.byId(id).orElseThrow().projectKey().equals("OPS"))
                .toList();
        assertThat(opsIncidents).as("seeded OPS incidents in the index").hasSizeGreaterThanOrEqualTo(7);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_component_and_a_label_changed_by_a_bulk_edit_are_taken_by_one_run() {
        // given: a bulk edit writes Jira's store directly (no event reaches the listener)
        long id = opsIncidents.get(0);
        SandboxIssue before = issues.byId(id).orElseThrow();
        issues.edit(id, before.summary(), before.assignee(), "bulk-edited");
        issues.addLabel(id, "team-bulk");
        assertThat(row(id).orElseThrow().components()).doesNotContain("bulk-edited");

        // when
        reconcile();

        // then
        IndexedIncident row = row(id).orElseThrow();
        assertThat(row.components()).containsExactly("bulk-edited");
        assertThat(row.labels()).contains("team-bulk");
    }

    @Test
    void an_incident_deleted_without_an_event_is_forgotten_by_one_run() {
        // given
        long id = opsIncidents.get(1);
        issues.delete(id);
        assertThat(index.incidentIds()).contains(id);

        // when
        reconcile();

        // then
        assertThat(index.incidentIds()).doesNotContain(id);
        assertThat(row(id)).isEmpty();
    }

    @Test
    void a_security_level_set_without_an_event_is_taken_by_one_run() {
        // given
        long id = opsIncidents.get(2);
        assertThat(row(id).orElseThrow().secured()).isFalse();
        issues.setProperty(id, HostSecurityLevel.MEMBERS, "alice");

        // when
        reconcile();

        // then
        assertThat(row(id).orElseThrow().secured()).isTrue();
    }

    @Test
    void an_incident_moved_to_another_project_is_counted_there_after_one_run() {
        // given
        long id = opsIncidents.get(3);
        SandboxIssue moved = issues.move(id, "PAY");
        assertThat(row(id).orElseThrow().ref().projectKey()).isEqualTo("OPS");

        // when
        reconcile();

        // then
        IndexedIncident row = row(id).orElseThrow();
        assertThat(row.ref().projectKey()).isEqualTo("PAY");
        assertThat(row.ref().key()).isEqualTo(moved.key());
        assertThat(index.relevantSince(Set.of("OPS"), Instant.EPOCH))
                .extracting(each -> each.ref().id())
                .doesNotContain(id);
    }

    @Test
    void an_issue_no_longer_an_incident_is_forgotten_by_one_run() {
        // given
        long id = opsIncidents.get(5);
        issues.retype(id, SandboxIssue.TASK);
        assertThat(index.incidentIds()).contains(id);

        // when
        reconcile();

        // then
        assertThat(index.incidentIds()).doesNotContain(id);
    }

    @Test
    void an_action_item_unlinked_without_an_event_leaves_its_incident_after_both_reconciles() {
        // given: an incident with an action item, whose link a bulk change removes
        IndexedIncident before = opsIncidents.stream()
                .skip(6)
                .map(id -> row(id).orElseThrow())
                .filter(each -> !each.items().isEmpty())
                .findFirst()
                .orElseThrow();
        long incidentId = before.ref().id();
        long itemId = before.items().get(0).ref().id();
        List<SandboxIssues.IssueLink> links = issues.links(itemId).stream()
                .filter(link -> link.sourceId() == incidentId || link.destinationId() == incidentId)
                .toList();
        assertThat(links).isNotEmpty();
        links.forEach(link -> issues.unlink(link.id()));

        // when: the item index's reconcile runs, then the incident index's
        JiraHost.actingAs(
                "admin", () -> jira.component(ItemIndexReconcileJob.class).reconcile());
        reconcile();

        // then
        assertThat(row(incidentId).orElseThrow().items())
                .extracting(item -> item.ref().id())
                .doesNotContain(itemId)
                .hasSize(before.items().size() - 1);
    }

    @Test
    void a_run_whose_read_of_jira_was_cut_short_forgets_nothing() {
        // given: an incident deleted behind the listener's back, and a read of Jira that stops after OPS and says so
        long id = opsIncidents.get(4);
        issues.delete(id);
        Set<Long> kept = index.incidentIds();
        JiraIncidentFeed feed = jira.component(JiraIncidentFeed.class);
        IncidentIndexReconcileJob cutShort = new IncidentIndexReconcileJob(
                jira.component(InsightsApplication.class).indexing(), each -> {
                    feed.everyIncident(Set.of("OPS"), fed -> {
                        if (fed.incident().ref().projectKey().equals("OPS")) {
                            each.accept(fed);
                        }
                    });
                    return false;
                });

        // when
        int written = cutShort.reconcile();

        // then: OPS was written again, and no row was forgotten, neither the deleted one nor the unread projects'
        assertThat(written).isPositive();
        assertThat(index.incidentIds()).containsAll(kept).contains(id);
    }

    private static void reconcile() {
        // as the scheduler runs it: on no one's behalf
        jira.component(IncidentIndexReconcileJob.class).reconcile();
    }

    private static Optional<IndexedIncident> row(long id) {
        return index.relevantSince(null, Instant.EPOCH).stream()
                .filter(each -> each.ref().id() == id)
                .findFirst();
    }
}
