package io.debrief.plugin.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.TestClock;
import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /intake-sources: administrators configure sources; the secret is shown once and works until rotated. */
class IntakeSourcesResourceTest {

    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final InMemoryExternalEventLog events = new InMemoryExternalEventLog();
    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final InMemoryIssueTracker tracker =
            new InMemoryIssueTracker(clock).userMayOpenIncidentsIn("oncall-bot", "OPS");
    private final IntakeApplication app = IntakeWorld.intakeOver(sources, events, clock, tracker);
    private final RestTestHarness rest = RestTestHarness.with(IntakeSourcesResource.class, IntakeResource.class)
            .bind(IntakeApplication.class, app)
            .start();

    private static String source(String key, String format, Object mayOpen) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("name", "Prometheus");
        json.put("format", format);
        json.put(
                "mappings",
                List.of(Map.of("label", "service", "value", "checkout", "projectKey", "OPS", "component", "Checkout")));
        json.put("mayOpenIncident", mayOpen);
        return RestTestHarness.json(json);
    }

    private int deliver(String secret) {
        return rest.as(anonymous())
                .send(
                        "POST",
                        "/intake/prom",
                        fixture("alertmanager-firing.json").getBytes(StandardCharsets.UTF_8),
                        Map.of(IntakeResource.TOKEN_HEADER, secret))
                .status();
    }

    @Test
    void anAdministratorCreatesASourceAndSeesItsSecretOnce() {
        Reply created = rest.as(admin()).post("/intake-sources", source("prom", "alertmanager", false));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("secret").asText();
        assertThat(secret).startsWith("dbi_");
        assertThat(created.json().path("source").path("intakePath").asText())
                .isEqualTo("/rest/debrief/1.0/intake/prom");
        Reply listed = rest.as(admin()).get("/intake-sources");
        assertThat(listed.body())
                .doesNotContain(secret)
                .doesNotContain(sources.byKey("prom").orElseThrow().secretHash());
        JsonNode first = listed.json().get(0);
        assertThat(first.path("mappings").get(0).path("component").asText()).isEqualTo("Checkout");
        assertThat(first.path("mayOpenIncident").asBoolean()).isFalse();
        assertThat(deliver(secret)).isEqualTo(202);
    }

    @Test
    void rotatingTheSecretStopsTheOldOne() {
        String old = rest.as(admin())
                .post("/intake-sources", source("prom", "alertmanager", "false"))
                .json()
                .path("secret")
                .asText();

        Reply rotated = rest.as(admin()).post("/intake-sources/prom/secret", "");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(deliver(old)).isEqualTo(401);
        assertThat(deliver(rotated.json().path("secret").asText())).isEqualTo(202);
    }

    @Test
    void badValuesAreNamedAndNothingIsStored() {
        Reply reply = rest.as(admin()).post("/intake-sources", source("Bad Key", "nagios", "maybe"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsKeys("format", "mayOpenIncident");
        Reply keyOnly = rest.as(admin()).post("/intake-sources", source("Bad Key", "grafana", false));
        assertThat(keyOnly.fieldErrors()).containsOnlyKeys("key");
        assertThat(sources.all()).isEmpty();
    }

    private static String opening(String incidentProject, String actingUser) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", "prom");
        json.put("format", "alertmanager");
        json.put("mappings", List.of(Map.of("label", "service", "value", "checkout", "projectKey", "OPS")));
        json.put("mayOpenIncident", "true");
        json.put("incidentProject", incidentProject);
        json.put("actingUser", actingUser);
        return RestTestHarness.json(json);
    }

    @Test
    void a_source_reads_as_opening_no_incidents_until_an_administrator_turns_it_on() {
        // given
        rest.as(admin()).post("/intake-sources", source("prom", "alertmanager", null));

        // when
        Reply turnedOn = rest.as(admin()).put("/intake-sources/prom", opening("ops", "oncall-bot"));

        // then
        assertThat(turnedOn.status()).isEqualTo(200);
        assertThat(turnedOn.json().path("mayOpenIncident").asBoolean()).isTrue();
        assertThat(turnedOn.json().path("incidentProject").asText()).isEqualTo("OPS");
        assertThat(turnedOn.json().path("actingUser").asText()).isEqualTo("oncall-bot");
        assertThat(sources.byKey("prom").orElseThrow().opensIncidents()).isTrue();
    }

    @Test
    void turning_it_on_without_a_mapped_project_or_a_user_who_may_create_there_is_400_by_field() {
        // when
        Reply unmapped = rest.as(admin()).post("/intake-sources", opening("PAY", null));
        Reply notAllowed = rest.as(admin()).post("/intake-sources", opening("OPS", "olga"));

        // then
        assertThat(unmapped.status()).isEqualTo(400);
        assertThat(unmapped.fieldErrors()).containsOnlyKeys("incidentProject", "actingUser");
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.fieldErrors()).containsOnlyKeys("actingUser");
        assertThat(sources.all()).isEmpty();
    }

    @Test
    void only_administrators_change_the_incident_settings() {
        // given
        rest.as(admin()).post("/intake-sources", source("prom", "alertmanager", "false"));

        // when
        int status = rest.as(editor("alice"))
                .put("/intake-sources/prom", opening("OPS", "oncall-bot"))
                .status();

        // then
        assertThat(status).isEqualTo(403);
        assertThat(sources.byKey("prom").orElseThrow().mayOpenIncident()).isFalse();
    }

    @Test
    void onlyAdministratorsAndKnownKeys() {
        String valid = source("prom", "alertmanager", false);

        assertThat(rest.as(anonymous()).get("/intake-sources").status()).isEqualTo(401);
        assertThat(rest.as(editor("alice")).post("/intake-sources", valid).status())
                .isEqualTo(403);
        assertThat(sources.all()).isEmpty();
        assertThat(rest.as(admin()).put("/intake-sources/nope", valid).status()).isEqualTo(404);
        assertThat(rest.as(admin()).delete("/intake-sources/nope").status()).isEqualTo(404);
        rest.as(admin()).post("/intake-sources", valid);
        assertThat(rest.as(admin()).post("/intake-sources", valid).status()).isEqualTo(409);
        assertThat(rest.as(admin()).delete("/intake-sources/prom").status()).isEqualTo(204);
        assertThat(sources.all()).isEmpty();
    }
}
