package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.plugin.persistence.AoItemIndex;
import io.debrief.plugin.review.index.ItemIndexReconcileJob;
import io.debrief.sandbox.jira.HostSecurityLevel;
import io.debrief.sandbox.jira.JiraHost;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 on the seeded sandbox, counted by its hosted Jira: a review page, whatever its sort and grouping, costs at
 * most two issue searches returning at most a page of issues, and no link lookup per issue.
 */
class ReviewCostTest extends OnTheSeed {

    private static final int PAGE = 10;

    @Test
    void a_review_page_costs_at_most_two_searches_a_page_of_issues_and_no_lookup_per_issue() throws Exception {
        for (String sort : new String[] {"age", "newest", "due", "deferred", "key"}) {
            for (String grouping : new String[] {"none", "incident", "team", "category"}) {
                // given
                counts.reset();

                // when
                HttpResponse<String> reply = SeedRequests.get(
                        server,
                        "alice",
                        "/rest/debrief/1.0/review?limit=" + PAGE + "&sort=" + sort + "&groupBy=" + grouping);

                // then
                assertThat(reply.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(reply.body());
                assertThat(body.path("total").asLong())
                        .as("open items in the seed")
                        .isGreaterThan(PAGE);
                assertThat(counts.searches())
                        .as("searches, %s/%s", sort, grouping)
                        .isLessThanOrEqualTo(2);
                // the page's items and, in the same search, their incidents (is each one the viewer's to see?)
                assertThat(counts.issuesReturned())
                        .as("issues, %s/%s", sort, grouping)
                        .isLessThanOrEqualTo(PAGE + incidentsOn(body));
                assertThat(counts.issueLookups())
                        .as("issues loaded one by one, %s/%s", sort, grouping)
                        .isZero();
                assertThat(counts.linkLookups())
                        .as("link lookups, %s/%s", sort, grouping)
                        .isZero();
                assertThat(counts.issueChecks())
                        .as("permission checks issue by issue, %s/%s", sort, grouping)
                        .isLessThanOrEqualTo(PAGE);
            }
        }
    }

    @Test
    void a_review_with_a_filter_reads_no_link_issue_by_issue_and_shows_each_items_incident() throws Exception {
        String jql = java.net.URLEncoder.encode("project is not EMPTY", StandardCharsets.UTF_8);
        for (String sort : new String[] {"age", "newest", "due", "deferred", "key"}) {
            // given: the page without a filter, each item with its incident
            JsonNode unfiltered = JSON.readTree(
                    SeedRequests.get(server, "alice", "/rest/debrief/1.0/review?limit=" + PAGE + "&sort=" + sort)
                            .body());
            counts.reset();

            // when: a filter every item answers, which Jira alone can read
            HttpResponse<String> reply = SeedRequests.get(
                    server,
                    "alice",
                    "/rest/debrief/1.0/review?limit=" + PAGE + "&sort=" + sort + "&groupBy=incident&jql=" + jql);

            // then: the same items and incidents, and no link read for any of the issues the filter found
            assertThat(reply.statusCode()).isEqualTo(200);
            JsonNode filtered = JSON.readTree(reply.body());
            assertThat(counts.linkLookups()).as("link lookups, %s", sort).isZero();
            assertThat(counts.issueLookups())
                    .as("issues loaded one by one, %s", sort)
                    .isZero();
            assertThat(incidents(filtered)).as(sort).isEqualTo(incidents(unfiltered));
            assertThat(incidents(filtered).values()).as(sort).anyMatch(incident -> !incident.isEmpty());
            assertThat(filtered.path("totals")).as(sort).isEqualTo(unfiltered.path("totals"));
        }
    }

    /** How many incidents the page's items name, each counted once. */
    private static int incidentsOn(JsonNode page) {
        Set<String> incidents = new LinkedHashSet<>();
        page.path("items").forEach(item -> {
            if (!item.path("incident").asText("").isEmpty()) {
                incidents.add(item.path("incident").asText());
            }
        });
        return incidents.size();
    }

    private static Map<String, String> incidents(JsonNode page) {
        Map<String, String> incidents = new java.util.LinkedHashMap<>();
        page.path("items")
                .forEach(item -> incidents.put(
                        item.path("key").asText(), item.path("incident").asText("")));
        return incidents;
    }

    @Test
    void an_item_under_a_security_level_is_shown_and_counted_only_for_whom_it_lets_in_for_two_searches()
            throws Exception {
        // given: an item both see in the review, put under a security level that lets alice in only, and the
        // reconcile job telling the index so (setting a level sends no event the index acts on)
        JiraHost jira = server.bound(JiraHost.class).orElseThrow();
        JsonNode bobBefore = review("bob", 100);
        JsonNode aliceBefore = review("alice", 100);
        String key = bobBefore.path("items").get(0).path("key").asText();
        assertThat(keys(aliceBefore)).contains(key);
        long id = server.context().issues().byKey(key).orElseThrow().id();
        server.context().issues().setProperty(id, HostSecurityLevel.MEMBERS, "alice");
        try {
            JiraHost.actingAs(
                    "admin", () -> jira.component(ItemIndexReconcileJob.class).reconcile());

            // when
            counts.reset();
            JsonNode bobPage = review("bob", PAGE);
            long searches = counts.searches();
            long issues = counts.issuesReturned();
            long checks = counts.issueChecks();
            JsonNode bobAll = review("bob", 100);
            JsonNode aliceAll = review("alice", 100);

            // then
            assertThat(keys(bobAll)).doesNotContain(key).hasSize(keys(bobBefore).size() - 1);
            assertThat(bobAll.path("total").asLong())
                    .isEqualTo(bobBefore.path("total").asLong() - 1);
            assertThat(bobPage.path("totals").path("open").asLong())
                    .isEqualTo(bobBefore.path("totals").path("open").asLong() - 1);
            assertThat(keys(aliceAll)).isEqualTo(keys(aliceBefore));
            assertThat(aliceAll.path("totals")).isEqualTo(aliceBefore.path("totals"));
            assertThat(searches)
                    .as("searches: the secured items, then the page")
                    .isEqualTo(2);
            assertThat(issues)
                    .as("issues: the page and its incidents (bob sees no secured one)")
                    .isLessThanOrEqualTo(PAGE + incidentsOn(bobPage));
            assertThat(checks)
                    .as("permission checks issue by issue: the page's (may bob edit it?), none for the secured ones")
                    .isLessThanOrEqualTo(PAGE);
            assertThat(counts.linkLookups()).as("link lookups").isZero();
        } finally {
            server.context().issues().setProperty(id, HostSecurityLevel.MEMBERS, null);
            JiraHost.actingAs(
                    "admin", () -> jira.component(ItemIndexReconcileJob.class).reconcile());
        }
    }

    private static JsonNode review(String user, int limit) throws Exception {
        HttpResponse<String> reply = SeedRequests.get(server, user, "/rest/debrief/1.0/review?limit=" + limit);
        assertThat(reply.statusCode()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new java.util.ArrayList<>();
        page.path("items").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    @Test
    void a_label_taken_off_with_an_event_is_forgotten_at_once_and_one_taken_off_behind_its_back_by_the_reconcile() {
        JiraHost jira = server.bound(JiraHost.class).orElseThrow();
        AoItemIndex index = jira.component(AoItemIndex.class);
        List<Long> items = index.itemIds().stream().sorted().toList();
        assertThat(items).hasSizeGreaterThan(2);
        long withEvent = items.get(0);
        long behindItsBack = items.get(1);

        // when: a person edits the labels (Jira sends an update event)
        Set<String> kept = new LinkedHashSet<>(server.context().issues().labels(withEvent));
        kept.remove("debrief");
        JiraHost.actingAs(
                "admin",
                () -> jira.component(LabelManager.class)
                        .setLabels(
                                jira.component(UserManager.class).getUserByName("admin"),
                                withEvent,
                                kept,
                                false,
                                true));
        // and a bulk change writes the store directly (no event at all)
        server.context().issues().removeLabel(behindItsBack, "debrief");

        // then: the listener forgot the first; only the reconcile job can know of the second
        assertThat(index.itemIds()).doesNotContain(withEvent).contains(behindItsBack);
        int forgotten = JiraHost.actingAs(
                "admin", () -> jira.component(ItemIndexReconcileJob.class).reconcile());
        assertThat(forgotten).isEqualTo(1);
        assertThat(index.itemIds()).doesNotContain(behindItsBack).hasSize(items.size() - 2);
    }

    /**
     * The figure issue 17 asks for, printed, never asserted (timings belong to bench/): the review from the index
     * beside a timeline (the issue's yardstick, 3-4 ms on a quiet machine) and the review read item by item (a JQL
     * filter still takes that path), so the machine's load can be read off the ratio.
     */
    @Test
    void prints_the_review_latency_of_the_seed() throws Exception {
        String[] paths = {
            "/rest/debrief/1.0/review?limit=50",
            "/rest/debrief/1.0/incidents/OPS-1/timeline",
            "/rest/debrief/1.0/review?limit=50&jql="
                    + java.net.URLEncoder.encode("project is not EMPTY", StandardCharsets.UTF_8)
        };
        SeedRequests.printLatency(server, "alice", paths);
    }
}
