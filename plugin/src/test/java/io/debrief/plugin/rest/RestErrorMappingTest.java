package io.debrief.plugin.rest;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a REST client receives when a resource refuses or fails: status, JSON shape, localized text, no internals. */
class RestErrorMappingTest {

    private final RestTestHarness rest =
            RestTestHarness.with(ProbeResource.class).start();

    @Test
    void anonymousViewerIsRefusedWith401AndALoginHint() {
        Reply reply = rest.as(anonymous()).get("/probe/whoami");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().has("errors")).isFalse();
        assertThat(reply.message()).isEqualTo("Log in to see and work on debriefs.");
    }

    @Test
    void resourceSeesTheViewerOfEachRequest() {
        assertThat(rest.as(editor("alice"))
                        .get("/probe/whoami")
                        .json()
                        .path("user")
                        .asText())
                .isEqualTo("alice");
        assertThat(rest.as(admin()).get("/probe/whoami").json().path("admin").asBoolean())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anonymous | 401 | Log in to see and work on debriefs.",
                "forbidden | 403 | You can see this, but you don't have permission to change it.",
                "missing   | 404 | We couldn't find that, or you don't have permission to see it.",
                "conflict  | 409 | This issue isn't an incident, so it has no debrief."
            })
    void eachRefusalHasItsStatusAndLocalizedMessage(String kind, int status, String message) {
        Reply reply = rest.as(editor("alice")).get("/probe/refused/" + kind);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.message()).isEqualTo(message);
    }

    @Test
    void refusalWithAKeyNoBundleKnowsFallsBackToTheGeneralTextOfItsStatus() {
        Reply reply = rest.as(editor("alice")).get("/probe/refused/unknown-key");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.message()).startsWith("This has changed since you loaded it");
    }

    @Test
    void invalidInputIs400WithOneLocalizedMessagePerField() {
        Reply reply = rest.as(editor("alice")).get("/probe/invalid");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("Some of the details need another look.");
        assertThat(reply.fieldErrors())
                .containsExactly(
                        entry("title", "Keep this to 255 characters or fewer."),
                        entry("severity", "This value isn't valid."));
    }

    @Test
    void unexpectedFailureIs500WithAReferenceAndNoInternals() {
        Reply reply = rest.as(editor("alice")).get("/probe/crash");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.message()).matches("Something went wrong on our side\\. .* reference: [0-9a-f-]{36}");
        assertThat(reply.body()).doesNotContain("hunter2", "IllegalStateException", "io.debrief", "\tat ");
    }

    @Test
    void unknownPathIs404InTheSameShape() {
        Reply reply = rest.as(editor("alice")).get("/no/such/thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).startsWith("We couldn't find that");
    }

    @Test
    void refusalByTheHostKeepsItsStatusWithOurText() {
        Reply reply = rest.as(editor("alice")).get("/probe/refused/host-forbidden");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.message()).startsWith("You can see this, but");
        assertThat(reply.body()).doesNotContain("host security filter");
    }

    @Test
    void wrongMethodKeepsItsStatusWithAGenericText() {
        Reply reply = rest.as(editor("alice")).delete("/probe/whoami");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.message()).isEqualTo("The request couldn't be handled as sent.");
    }

    @Test
    void malformedJsonIs400OnTheBodyWithoutJacksonsText() {
        Reply reply = rest.as(editor("alice")).post("/probe/events", "{\"at\": \"2026-11-24T10:15:30Z\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("body");
        assertThat(reply.body()).doesNotContain("Unexpected", "ProbeResource", "line:");
    }

    @Test
    void validEventIsReadAndWrittenBackInWireFormat() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        "/probe/events",
                        RestTestHarness.json(Map.of(
                                "at", "2026-11-24T10:15:30Z", "source", "jira-history", "text", "  paged on-call ")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("at").asText()).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(reply.json().path("source").asText()).isEqualTo("jira-history");
        assertThat(reply.json().path("text").asText()).isEqualTo("paged on-call");
    }

    @Test
    void everyBadFieldIsReportedAtOnceByName() {
        Reply reply = rest.as(editor("alice"))
                .post(
                        "/probe/events",
                        RestTestHarness.json(
                                Map.of("at", "24/11/2026 10:15", "source", "pager", "text", "x".repeat(21))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors())
                .containsExactly(
                        entry("at", "Enter a date and time like 2026-11-24T10:15:30Z."),
                        entry("source", "Choose one of: manual, jira-history."),
                        entry("text", "Keep this to 20 characters or fewer."));
    }

    @Test
    void missingRequiredFieldsAreReportedAsRequired() {
        Reply reply = rest.as(editor("alice")).post("/probe/events", "{\"text\": \"ok\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors())
                .containsExactly(entry("at", "This is required."), entry("source", "This is required."));
    }

    @Test
    void bodyOver64kBWithADeclaredLengthIsRefusedBeforeReading() {
        Reply reply = rest.as(editor("alice")).post("/probe/events", bigEvent());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors())
                .containsExactly(entry("body", "The request is larger than 64 kB. Shorten the text and try again."));
    }

    @Test
    void bodyOver64kBStreamedWithoutALengthIsRefusedWhileReading() {
        Reply reply = rest.as(editor("alice"))
                .send(
                        "POST",
                        "/probe/events",
                        bigEvent().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("Content-Length", "-1"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors())
                .containsExactly(entry("body", "The request is larger than 64 kB. Shorten the text and try again."));
    }

    private static String bigEvent() {
        return RestTestHarness.json(
                Map.of("at", "2026-11-24T10:15:30Z", "source", "manual", "text", "x".repeat(64 * 1024)));
    }
}
