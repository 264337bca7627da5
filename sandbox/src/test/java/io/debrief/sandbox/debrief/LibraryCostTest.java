package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.jira.JiraCounts;
import io.debrief.sandbox.jira.JiraHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, the library row, on the seeded sandbox, counted by its hosted Jira: a library page reads its incidents in
 * one issue search as the reader, at most a page of them (the store knows no incident there is secured), its action
 * item counts from the item index (no search per row), and no link per issue.
 */
class LibraryCostTest {

    private static final int PAGE = 5;

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static JiraCounts counts;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
        counts = server.bound(JiraHost.class).orElseThrow().component(JiraCounts.class);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

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

    /** The figure, printed, never asserted (timings belong to bench/), beside a timeline as the yardstick. */
    @Test
    void prints_the_library_latency_of_the_seed() throws Exception {
        SeedRequests.printLatency(
                server, "alice", "/rest/debrief/1.0/library", "/rest/debrief/1.0/incidents/OPS-1/timeline");
    }
}
