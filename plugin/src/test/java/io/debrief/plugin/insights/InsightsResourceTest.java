package io.debrief.plugin.insights;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.insights.IncidentItem;
import io.debrief.core.insights.IndexedIncident;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.insights.TeamRule;
import io.debrief.core.testkit.InMemoryIncidentIndex;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /insights} and {@code /insights/team} through Jersey: who may call them, the parameters refused with the
 * field named, and the answer pinned as the sample the browser code is tested with (rest-samples/insights.json;
 * rewrite it with {@code -Ddebrief.rest.samples.write=true}).
 */
class InsightsResourceTest {

    private static final Path SAMPLES =
            Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/rest-samples");
    private static final boolean WRITE = Boolean.getBoolean("debrief.rest.samples.write");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryIncidentIndex index = new InMemoryIncidentIndex();
    private final MemoryTeam team = new MemoryTeam();
    private final RestTestHarness rest = RestTestHarness.with(InsightsResource.class)
            .bind(
                    InsightsApplication.class,
                    new InsightsApplication(
                            new Insights(index, team, new InMemorySettings(), TestClock.at("2026-03-20T10:00:00Z")),
                            team,
                            null,
                            null,
                            null))
            .start();

    InsightsResourceTest() {
        Instant start = Instant.parse("2026-02-02T08:00:00Z");
        index.put(new IndexedIncident(
                IssueRef.of(1, "OPS-1"),
                Set.of("checkout"),
                Set.of("team-payments"),
                start,
                new IncidentFacts(start, start.plusSeconds(240), start.plusSeconds(1200), start.plusSeconds(2400)),
                DebriefStatus.PUBLISHED,
                start.plusSeconds(86_400),
                false,
                List.of(new IncidentItem(
                        IssueRef.of(11, "OPS-11"),
                        LocalDate.parse("2026-02-03"),
                        LocalDate.parse("2026-02-20"),
                        null,
                        false,
                        false,
                        false))));
        Instant again = Instant.parse("2026-03-10T14:00:00Z");
        index.put(new IndexedIncident(
                IssueRef.of(2, "OPS-2"),
                Set.of("checkout"),
                Set.of(),
                again,
                new IncidentFacts(again, again.plusSeconds(900), null, again.plusSeconds(7200)),
                DebriefStatus.AWAITING,
                null,
                false,
                List.of()));
    }

    @Test
    void anybody_logged_in_reads_the_report_as_pinned_in_the_sample() throws IOException {
        Reply reply = rest.as(browseOnly("bob")).get("/insights?months=2&groupBy=component");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/total/incidents").asInt()).isEqualTo(2);
        assertThat(reply.json().at("/repeats/0/earlier").asText()).isEqualTo("OPS-1");
        sample("insights", reply);
    }

    @Test
    void nobody_logged_in_is_refused_before_the_parameters_are_judged() {
        Reply reply = rest.as(anonymous()).get("/insights?months=99");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/insights/team").status()).isEqualTo(401);
    }

    @Test
    void bad_parameters_are_refused_naming_each() {
        Reply reply = rest.as(browseOnly("bob")).get("/insights?months=25&project=o%20p&groupBy=colour");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("months", "project", "groupBy");
        assertThat(rest.as(browseOnly("bob")).get("/insights?months=twelve").fieldErrors())
                .containsOnlyKeys("months");
    }

    @Test
    void only_an_administrator_chooses_what_a_team_is() {
        String byLabel = RestTestHarness.json(Map.of("source", "label-prefix", "labelPrefix", "team-"));

        assertThat(rest.as(browseOnly("bob")).put("/insights/team", byLabel).status())
                .isEqualTo(403);
        assertThat(team.rule).isEqualTo(TeamRule.BY_COMPONENT);
        Reply saved = rest.as(admin()).put("/insights/team", byLabel);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(team.rule).isEqualTo(TeamRule.labelPrefix("team-"));
        Reply grouped = rest.as(browseOnly("bob")).get("/insights?groupBy=team");
        assertThat(grouped.json().at("/groups/0/key").asText()).isEqualTo("");
        assertThat(grouped.json().at("/groups/1/key").asText()).isEqualTo("payments");
    }

    @Test
    void a_team_rule_without_its_prefix_is_refused_and_nothing_is_saved() {
        Reply reply = rest.as(admin())
                .put("/insights/team", RestTestHarness.json(Map.of("source", "label-prefix", "labelPrefix", " ")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("labelPrefix");
        assertThat(rest.as(admin())
                        .put("/insights/team", "{\"source\":\"field\"}")
                        .fieldErrors())
                .containsOnlyKeys("source");
        assertThat(team.rule).isEqualTo(TeamRule.BY_COMPONENT);
    }

    @Test
    void a_project_the_reader_may_not_browse_reads_as_empty() {
        TestViewer noBrowse = new TestViewer(new UserRef("eve", "Eve"), false, false, false);

        Reply reply = rest.as(noBrowse).get("/insights?project=OPS");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/total/incidents").asInt()).isZero();
        assertThat(reply.json().at("/repeats").size()).isZero();
    }

    private static void sample(String name, Reply reply) throws IOException {
        Path file = SAMPLES.resolve(name + ".json");
        JsonNode answer = reply.json();
        if (WRITE) {
            Files.createDirectories(SAMPLES);
            Files.writeString(
                    file,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("sample %s (write it with -Ddebrief.rest.samples.write=true)", name)
                .exists();
        assertThat(JSON.readTree(file.toFile()))
                .as("sample %s is what the resource answers", name)
                .isEqualTo(answer);
    }

    private static final class MemoryTeam implements InsightsSettings {
        private TeamRule rule = TeamRule.BY_COMPONENT;

        @Override
        public TeamRule team() {
            return rule;
        }

        @Override
        public void saveTeam(TeamRule team) {
            rule = team;
        }
    }
}
