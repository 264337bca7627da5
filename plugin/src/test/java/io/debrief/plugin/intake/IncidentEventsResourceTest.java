package io.debrief.plugin.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static io.debrief.plugin.web.testkit.IntakeWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.SourceForm;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From a delivery to the Timeline tab: a CDEvents deploy 38 minutes before detection is suggested and proposed as
 * the real start; accepting, dismissing and rejecting are the person's, and remembered.
 */
class IncidentEventsResourceTest {

    private final IntakeWorld world = new IntakeWorld();
    private final RestTestHarness rest = world.rest(IncidentEventsResource.class, IntakeResource.class);

    private void deliver(String fixture, String... replacements) {
        String secret = world.intake
                .sources()
                .create(
                        new SourceForm(
                                "ci",
                                null,
                                EventFormat.CLOUDEVENTS,
                                null,
                                List.of(new LabelMapping("service", "checkout", "OPS", "Checkout")),
                                false),
                        admin())
                .secret();
        String body = fixture(fixture);
        for (int i = 0; i < replacements.length; i += 2) {
            body = body.replace(replacements[i], replacements[i + 1]);
        }
        Reply reply = rest.as(anonymous())
                .send(
                        "POST",
                        "/intake/ci",
                        body.getBytes(StandardCharsets.UTF_8),
                        Map.of(IntakeResource.TOKEN_HEADER, secret));
        assertThat(reply.status()).isEqualTo(202);
    }

    /** The fixture's deploy is at 08:31, 39 minutes before the incident's detection at 09:10. */
    private long givenDeploy() {
        world.app
                .timeline()
                .add(
                        INCIDENT,
                        new NewTimelineEntry(EntryKind.DETECTED, IntakeWorld.DETECTED, "Paged", null),
                        editor("alice"));
        deliver("cdevents-service-deployed.json");
        return world.events.all().get(0).id();
    }

    @Test
    void theDeployIsSuggestedAndProposedAsTheRealStart() {
        long deploy = givenDeploy();

        JsonNode json = rest.as(browseOnly("bob"))
                .get("/incidents/" + INCIDENT + "/events")
                .json();

        JsonNode suggestion = json.path("suggestions").get(0);
        assertThat(suggestion.path("eventId").asLong()).isEqualTo(deploy);
        assertThat(suggestion.path("kind").asText()).isEqualTo("deploy");
        assertThat(suggestion.path("reason").asText()).isEqualTo("same-component");
        assertThat(suggestion.path("source").asText()).isEqualTo("ci");
        JsonNode proposed = json.path("start").path("proposed");
        assertThat(proposed.path("eventId").asLong()).isEqualTo(deploy);
        assertThat(proposed.path("minutesBeforeDetection").asLong()).isEqualTo(39);
        assertThat(json.path("start").path("writtenStart").isNull()).isTrue();
    }

    @Test
    void acceptingTheProposalWritesTheStartedEntryWithItsProvenance() {
        long deploy = givenDeploy();

        Reply reply =
                rest.as(editor("alice")).post("/incidents/" + INCIDENT + "/events/" + deploy + "/start/accept", "");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("kind").asText()).isEqualTo("started");
        assertThat(reply.json().path("source").asText()).isEqualTo("external");
        assertThat(reply.json().path("sourceRef").asText()).isEqualTo("event:" + deploy);
        assertThat(reply.json().path("at").asText()).isEqualTo("2026-11-24T08:31:00Z");
        assertThat(rest.as(editor("alice"))
                        .get("/incidents/" + INCIDENT + "/events")
                        .json()
                        .path("start")
                        .path("proposed")
                        .isNull())
                .isTrue();
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + INCIDENT + "/events/" + deploy + "/start/accept", "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void dismissingAndRejectingAreRememberedAndWriteNoEntry() {
        long deploy = givenDeploy();

        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + INCIDENT + "/events/" + deploy + "/dismiss", "")
                        .status())
                .isEqualTo(204);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + INCIDENT + "/events/" + deploy + "/start/reject", "")
                        .status())
                .isEqualTo(204);

        JsonNode json = rest.as(editor("alice"))
                .get("/incidents/" + INCIDENT + "/events")
                .json();
        assertThat(json.path("suggestions")).isEmpty();
        assertThat(json.path("start").path("candidates")).isEmpty();
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + INCIDENT + "/events/" + deploy + "/dismiss", "")
                        .status())
                .isEqualTo(409);
        assertThat(world.decisions.forIncident(world.incident.id())).hasSize(2);
        assertThat(world.app.timeline().list(INCIDENT, false, editor("alice"))).hasSize(1);
    }

    @Test
    void theGuardsComeFirstAndRefusalsStoreNothing() {
        long deploy = givenDeploy();
        String accept = "/incidents/" + INCIDENT + "/events/" + deploy + "/accept";

        assertThat(rest.as(anonymous())
                        .get("/incidents/" + INCIDENT + "/events")
                        .status())
                .isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/incidents/OPS-404/events").status())
                .isEqualTo(404);
        assertThat(rest.as(editor("alice")).get("/incidents/OPS-8/events").status())
                .isEqualTo(409);
        assertThat(rest.as(browseOnly("bob")).post(accept, "").status()).isEqualTo(403);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + INCIDENT + "/events/999/accept", "")
                        .status())
                .isEqualTo(404);
        assertThat(world.decisions.forIncident(world.incident.id())).isEmpty();
        assertThat(rest.as(editor("alice")).post(accept, "").status()).isEqualTo(201);
        assertThat(rest.as(editor("alice")).post(accept, "").status()).isEqualTo(409);
    }
}
