package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Debrief tab's checkpoint section costs in the hosted Jira's own terms (issue 17): the items a closed
 * checkpoint names are asked about in one search as the reader, not loaded and checked one by one.
 */
class CheckpointCostTest extends OnTheSeed {

    @Test
    void the_checkpoint_history_costs_the_same_whatever_the_number_of_items_it_names() throws Exception {
        // given: the open checkpoint of an incident with one open item and of one with three, closed, each open item
        // re-planned, so the history names one item and three
        int one = closeReplanningEveryOpenItem("PAY-7");
        int three = closeReplanningEveryOpenItem("PAY-9");
        assertThat(one).isEqualTo(1);
        assertThat(three).isEqualTo(3);

        // when
        long[] oneCost = historyCost("PAY-7");
        long[] threeCost = historyCost("PAY-9");

        // then: searches, issues loaded one by one and permission checks on one issue do not grow with the items
        assertThat(threeCost)
                .as("searches, issues loaded one by one, permission checks on one issue, link reads")
                .containsExactly(oneCost[0], oneCost[1], oneCost[2], oneCost[3]);
    }

    /** Closes the incident's open checkpoint with every open item re-planned; how many items it named. */
    private static int closeReplanningEveryOpenItem(String incident) throws Exception {
        JsonNode section = JSON.readTree(
                SeedRequests.get(server, "alice", "/rest/debrief/1.0/incidents/" + incident + "/checkpoints")
                        .body());
        int number = -1;
        for (JsonNode checkpoint : section.path("checkpoints")) {
            if ("opened".equals(checkpoint.path("state").asText())) {
                number = checkpoint.path("number").asInt();
            }
        }
        assertThat(number)
                .as("an opened checkpoint of %s in the seed", incident)
                .isPositive();
        List<String> outcomes = new ArrayList<>();
        for (JsonNode item : section.path("items")) {
            if ("open".equals(item.path("status").asText())) {
                outcomes.add("{\"item\":\"" + item.path("key").asText()
                        + "\",\"outcome\":\"replanned\",\"due\":\"2027-01-29\"}");
            }
        }
        HttpResponse<String> closed = SeedRequests.post(
                server,
                "alice",
                "/rest/debrief/1.0/incidents/" + incident + "/checkpoints/" + number + "/outcomes",
                "{\"outcomes\":[" + String.join(",", outcomes) + "]}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return outcomes.size();
    }

    /** Searches, issues loaded one by one, permission checks on one issue and link reads of reading the section. */
    private static long[] historyCost(String incident) throws Exception {
        counts.reset();
        HttpResponse<String> reply =
                SeedRequests.get(server, "alice", "/rest/debrief/1.0/incidents/" + incident + "/checkpoints");
        assertThat(reply.statusCode()).isEqualTo(200);
        long[] cost = {counts.searches(), counts.issueLookups(), counts.issueChecks(), counts.linkLookups()};
        int named = 0;
        for (JsonNode checkpoint : JSON.readTree(reply.body()).path("checkpoints")) {
            named += checkpoint.path("outcomes").size();
        }
        assertThat(named)
                .as("items the history names to alice, who may browse them all")
                .isPositive();
        System.out.printf(
                "sandbox checkpoints of %s: %d items named, searches %d, issue lookups %d, checks %d, link reads %d%n",
                incident, named, cost[0], cost[1], cost[2], cost[3]);
        return cost;
    }
}
