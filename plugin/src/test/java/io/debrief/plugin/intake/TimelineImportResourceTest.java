package io.debrief.plugin.intake;

import static io.debrief.plugin.web.testkit.IntakeWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.IntakeApplication;
import io.debrief.plugin.incident.IncidentTimelineResource;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestAccessPolicy;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /incidents/{key}/timeline/import}: who may call it, the 400 naming each refused entry's field, nothing
 * written on a refusal, and the same document twice adding nothing.
 */
class TimelineImportResourceTest {

    private static final String PATH = "/incidents/" + INCIDENT + "/timeline/import";
    private static final String DOC = """
            {"offsetsFrom": "first-entry",
             "entries": [
               {"kind": "deploy", "at": "2026-11-24T08:31:00Z", "text": "Release 41 of checkout"},
               {"kind": "started", "at": "+6m", "text": "Errors rise"},
               {"kind": "detected", "at": "09:10", "text": "Paged"}]}""";

    private final IntakeWorld world = new IntakeWorld();
    private final RestTestHarness rest = RestTestHarness.with(
                    TimelineImportResource.class, IncidentTimelineResource.class)
            .bind(IntakeApplication.class, world.intake)
            .bindInPorts(world.app)
            .start();

    @Test
    void declaresWhoMayCallIt() {
        assertThat(RestAccessPolicy.atlassian().violations(List.of(TimelineImportResource.class)))
                .isEmpty();
    }

    @Test
    void anEditorImportsTheDocumentOnceAndTheTimelineShowsIt() {
        Reply first = rest.as(editor("alice")).post(PATH, DOC);
        Reply again = rest.as(editor("alice")).post(PATH, DOC);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("added").asInt()).isEqualTo(3);
        assertThat(first.json().path("entries").get(1).path("at").asText()).isEqualTo("2026-11-24T08:37:00Z");
        assertThat(first.json().path("entries").get(1).path("source").asText()).isEqualTo("external");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("added").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(3);
        assertThat(rest.as(browseOnly("bob"))
                        .get("/incidents/" + INCIDENT + "/timeline")
                        .json()
                        .path("entries"))
                .hasSize(3);
    }

    @Test
    void aBadDocumentIs400NamingEachFieldAndWritesNothing() {
        Reply reply = rest.as(editor("alice")).post(PATH, """
                {"entries": [
                  {"kind": "deploy", "at": "2026-11-24T08:31:00Z", "text": "Release"},
                  {"kind": "deploy", "at": "2026-11-24T08:32:00Z", "text": "Release"},
                  {"kind": "note", "at": "2026-11-24T08:33:00Z", "text": "Fine"},
                  {"kind": "note", "at": "yesterday", "text": "Which?"}]}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("entries[3].at");
        assertThat(reply.fieldErrors().get("entries[3].at")).contains("14:05");
        assertThat(world.timelineStore.entries(world.incident.id(), true)).isEmpty();
    }

    @Test
    void theGuardsComeFirst() {
        assertThat(rest.as(anonymous()).post(PATH, DOC).status()).isEqualTo(401);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/OPS-404/timeline/import", DOC)
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/OPS-8/timeline/import", DOC)
                        .status())
                .isEqualTo(409);
        assertThat(rest.as(browseOnly("bob")).post(PATH, DOC).status()).isEqualTo(403);
        assertThat(rest.as(browseOnly("bob")).post(PATH, "{not json").status()).isEqualTo(403);
        assertThat(world.timelineStore.entries(world.incident.id(), true)).isEmpty();
    }
}
