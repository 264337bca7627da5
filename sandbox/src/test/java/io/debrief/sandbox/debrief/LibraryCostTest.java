package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.plugin.library.security.IncidentSecurityReconcileJob;
import io.debrief.sandbox.jira.HostSecurityLevel;
import io.debrief.sandbox.jira.JiraHost;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, the library row, on the seeded sandbox, counted by its hosted Jira: a library page reads its incidents in
 * one issue search as the reader, at most a page of them (the store knows no incident there is secured), its action
 * item counts from the item index (no search per row), and no link per issue.
 */
class LibraryCostTest extends OnTheSeed {

    private static final int PAGE = 5;

    @Test
    void a_library_page_costs_one_search_of_at_most_a_page_and_no_lookup_per_row() throws Exception {
        for (String filter : new String[] {"", "&project=OPS", "&q=checkout"}) {
            // given
            counts.reset();

            // when
            HttpResponse<String> reply =
                    SeedRequests.get(server, "alice", "/rest/debrief/1.0/library?limit=" + PAGE + filter);

            // then
            assertThat(reply.statusCode()).as(filter).isEqualTo(200);
            JsonNode body = JSON.readTree(reply.body());
            System.out.printf(
                    "sandbox library%s: total %d, searches %d, issues %d, link lookups %d, issue lookups %d%n",
                    filter,
                    body.path("total").asLong(),
                    counts.searches(),
                    counts.issuesReturned(),
                    counts.linkLookups(),
                    counts.issueLookups());
            assertThat(counts.searches()).as("searches%s", filter).isLessThanOrEqualTo(1);
            assertThat(counts.issuesReturned()).as("issues%s", filter).isLessThanOrEqualTo(PAGE);
            assertThat(body.path("items").size()).as("rows%s", filter).isLessThanOrEqualTo(PAGE);
            assertThat(counts.linkLookups()).as("link lookups%s", filter).isZero();
            assertThat(counts.issueLookups()).as("issue lookups%s", filter).isZero();
        }
    }

    @Test
    void opening_a_published_debrief_costs_the_same_whatever_its_number_of_action_items() throws Exception {
        // given: the seed's published debriefs with the fewest and the most action items
        JsonNode list = JSON.readTree(SeedRequests.get(server, "alice", "/rest/debrief/1.0/library?limit=50")
                .body());
        JsonNode fewest = null;
        JsonNode most = null;
        for (JsonNode row : list.path("items")) {
            if (fewest == null || items(row) < items(fewest)) {
                fewest = row;
            }
            if (most == null || items(row) > items(most)) {
                most = row;
            }
        }
        assertThat(items(most)).as("the seed's debriefs differ in action items").isGreaterThan(items(fewest));

        // when
        long[] fewCost = openingCost(fewest.path("key").asText());
        long[] mostCost = openingCost(most.path("key").asText());

        // then: one search finds the items as alice; none is looked up or checked again on its own
        assertThat(mostCost)
                .as("searches, issues loaded one by one, permission checks on one issue, link reads")
                .containsExactly(fewCost[0], fewCost[1], fewCost[2], fewCost[3]);
        assertThat(mostCost[0]).as("searches").isEqualTo(1);
    }

    private static int items(JsonNode row) {
        return row.path("actionItemsOpen").asInt()
                + row.path("actionItemsClosed").asInt();
    }

    /** Searches, issues loaded one by one, permission checks on one issue and link reads of opening one debrief. */
    private static long[] openingCost(String key) throws Exception {
        counts.reset();
        HttpResponse<String> reply = SeedRequests.get(server, "alice", "/rest/debrief/1.0/library/" + key);
        assertThat(reply.statusCode()).as(key).isEqualTo(200);
        long[] cost = {counts.searches(), counts.issueLookups(), counts.issueChecks(), counts.linkLookups()};
        System.out.printf(
                "sandbox library/%s: %d action items, searches %d, issue lookups %d, checks %d, link reads %d%n",
                key, JSON.readTree(reply.body()).path("actionItems").size(), cost[0], cost[1], cost[2], cost[3]);
        return cost;
    }

    @Test
    void a_secured_incident_the_reader_may_not_see_is_neither_shown_nor_counted() throws Exception {
        // given: an incident bob sees in the library, put under a security level that lets alice in only, and the
        // reconcile job telling the library so
        JsonNode bobBefore = library("bob", 100);
        JsonNode aliceBefore = library("alice", 100);
        String key = bobBefore.path("items").get(0).path("key").asText();
        long id = server.context().issues().byKey(key).orElseThrow().id();
        IncidentSecurityReconcileJob reconcile =
                server.bound(JiraHost.class).orElseThrow().component(IncidentSecurityReconcileJob.class);
        server.context().issues().setProperty(id, HostSecurityLevel.MEMBERS, "alice");
        try {
            reconcile.runJob(null);

            // when
            counts.reset();
            JsonNode bobPage = library("bob", PAGE);
            long searches = counts.searches();
            long issues = counts.issuesReturned();
            JsonNode bobAll = library("bob", 100);
            JsonNode aliceAll = library("alice", 100);

            // then
            assertThat(keys(bobAll))
                    .doesNotContain(key)
                    .hasSize(bobBefore.path("items").size() - 1);
            assertThat(bobAll.path("total").asLong())
                    .isEqualTo(bobBefore.path("total").asLong() - 1);
            assertThat(bobPage.path("total").asLong())
                    .isEqualTo(bobBefore.path("total").asLong() - 1);
            assertThat(keys(aliceAll)).contains(key);
            assertThat(aliceAll.path("total").asLong())
                    .isEqualTo(aliceBefore.path("total").asLong());
            assertThat(searches).as("searches").isEqualTo(1);
            assertThat(issues)
                    .as("issues: the page and the one secured incident")
                    .isLessThanOrEqualTo(PAGE + 1);
        } finally {
            server.context().issues().setProperty(id, HostSecurityLevel.MEMBERS, null);
            reconcile.runJob(null);
        }
    }

    private static JsonNode library(String user, int limit) throws Exception {
        HttpResponse<String> reply = SeedRequests.get(server, user, "/rest/debrief/1.0/library?limit=" + limit);
        assertThat(reply.statusCode()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static java.util.List<String> keys(JsonNode page) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        page.path("items").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    /** The figure, printed, never asserted (timings belong to bench/), beside a timeline as the yardstick. */
    @Test
    void prints_the_library_latency_of_the_seed() throws Exception {
        SeedRequests.printLatency(
                server, "alice", "/rest/debrief/1.0/library", "/rest/debrief/1.0/incidents/OPS-1/timeline");
    }
}
