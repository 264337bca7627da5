package io.debrief.plugin.web.rest;

import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /lint: blame wording and mentions with positions and a localized, neutral suggestion. */
class LintResourceTest {

    private final RestTestHarness rest = RestTestHarness.with(LintResource.class).start();

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
        assertThat(findings.get(0).path("match").asText()).isEqualTo("should have");
        assertThat(findings.get(0).path("start").asInt()).isEqualTo(4);
        assertThat(findings.get(0).path("end").asInt()).isEqualTo(15);
        assertThat(findings.get(0).path("rule").asText()).isEqualTo("blame-wording");
        assertThat(findings.get(0).path("suggestion").asText()).startsWith("Describe what made the better choice");
        assertThat(findings.get(1).path("rule").asText()).isEqualTo("mention");
    }

    @Test
    void blamelessTextHasNoFindings() {
        Reply reply = rest.as(browseOnly("bob")).post("/lint", "{\"text\":\"The canary stage was skipped.\"}");

        assertThat(reply.json().path("findings")).isEmpty();
    }

    @Test
    void refusesAnonymousAndMissingText() {
        assertThat(rest.as(anonymous()).post("/lint", "{\"text\":\"x\"}").status()).isEqualTo(401);
        Reply missing = rest.as(browseOnly("bob")).post("/lint", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldErrors()).containsKey("text");
    }
}
