package io.debrief.plugin.lint;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.plugin.web.testkit.IncidentWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /lint: blame with its family, position, reason and a rewrite about the system, localized. */
class LintResourceTest {

    private final IncidentWorld world = new IncidentWorld();
    private final RestTestHarness rest =
            RestTestHarness.with(LintResource.class).bindInPorts(world.app()).start();

    @Test
    void findsBlameWordingWithPositionsAndSuggestion() {
        // given
        String text = "Ops should have checked; ping @dave";

        // when
        Reply reply = rest.as(browseOnly("bob")).post("/lint", RestTestHarness.json(Map.of("text", text)));

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode findings = reply.json().path("findings");
        assertThat(findings).hasSize(2);
        JsonNode first = findings.get(0);
        assertThat(first.path("match").asText()).isEqualTo("should have checked");
        assertThat(first.path("start").asInt()).isEqualTo(4);
        assertThat(first.path("end").asInt()).isEqualTo(23);
        assertThat(first.path("family").asText()).isEqualTo("hindsight");
        assertThat(first.path("familyText").asText()).isEqualTo("Hindsight");
        assertThat(first.path("reason").asText()).startsWith("Hindsight: what should have happened");
        assertThat(first.path("rewrite").asText()).startsWith("Describe what the people involved knew");
        assertThat(findings.get(1).path("family").asText()).isEqualTo("named");
        assertThat(findings.get(1).path("match").asText()).isEqualTo("@dave");
    }

    @Test
    void theRewriteQuotesWhatWasMissedAndMakesItTheSubject() {
        Reply reply = rest.as(browseOnly("bob"))
                .post("/lint", RestTestHarness.json(Map.of("text", "The on-call missed the first page.")));

        JsonNode finding = reply.json().path("findings").get(0);
        assertThat(finding.path("family").asText()).isEqualTo("actor");
        assertThat(finding.path("match").asText()).isEqualTo("on-call missed");
        assertThat(finding.path("rewrite").asText())
                .isEqualTo("\"the first page\" was not acted on in time: what made it easy to miss?");
    }

    @Test
    void withAnIssueKeyThePeopleOnTheIncidentAreFlaggedToo() {
        // given: the incident's owner
        String owner = world.incident().owner().displayName();

        // when
        Reply named = rest.as(browseOnly("bob"))
                .post(
                        "/lint",
                        RestTestHarness.json(
                                Map.of("text", "Thanks to " + owner + " it recovered", "issueKey", INCIDENT)));
        Reply unnamed = rest.as(browseOnly("bob"))
                .post("/lint", RestTestHarness.json(Map.of("text", "Thanks to " + owner + " it recovered")));

        // then
        assertThat(named.json().path("findings"))
                .singleElement()
                .satisfies(f -> assertThat(f.path("match").asText()).isEqualTo(owner));
        assertThat(unnamed.json().path("findings")).isEmpty();
    }

    @Test
    void withAnIssueKeyTheIncidentMustBeReadable() {
        Reply missing = rest.as(browseOnly("bob"))
                .post("/lint", RestTestHarness.json(Map.of("text", "x", "issueKey", "NOPE-1")));

        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void blamelessTextHasNoFindings() {
        Reply reply = rest.as(browseOnly("bob")).post("/lint", "{\"text\":\"The canary stage was skipped.\"}");

        assertThat(reply.json().path("findings")).isEmpty();
    }

    @Test
    void refusesAnonymousAndMissingText() {
        assertThat(rest.as(anonymous()).post("/lint", "{\"text\":\"x\"}").status())
                .isEqualTo(401);
        Reply missing = rest.as(browseOnly("bob")).post("/lint", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldErrors()).containsKey("text");
    }
}
