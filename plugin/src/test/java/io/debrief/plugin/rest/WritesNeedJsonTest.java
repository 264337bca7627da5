package io.debrief.plugin.rest;

import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.actionitem.ActionItemsResource;
import io.debrief.plugin.checkpoint.CheckpointsResource;
import io.debrief.plugin.settings.SettingsResource;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jira's XSRF rule on every write of the API: what a page on another site can make a browser send - a POST without a
 * body, a form, plain text - is refused before any resource runs; JSON or the X-Atlassian-Token header pass.
 */
class WritesNeedJsonTest {

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest =
            world.rest(SettingsResource.class, ActionItemsResource.class, CheckpointsResource.class);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
        "POST, /settings/suggested-filters/decline, none",
        "POST, /settings/suggested-filters/decline, application/x-www-form-urlencoded",
        "POST, /settings/suggested-filters/decline, text/plain",
        "POST, /settings/suggested-filters/decline, multipart/form-data",
        "POST, /incidents/INC-12/action-items, text/plain",
        "POST, /incidents/INC-12/checkpoints/1/outcomes, none",
        "PUT, /settings, text/plain",
        "DELETE, /settings, none"
    })
    void aWriteABrowserCouldBeTrickedIntoSendingIsRefused(String method, String path, String contentType) {
        // when: as a page on another site would make the admin's browser send it
        Map<String, String> headers = "none".equals(contentType) ? Map.of() : Map.of("Content-Type", contentType);
        byte[] body = "none".equals(contentType) ? null : bytes("summary=x");
        Reply reply = rest.as(admin()).send(method, path, body, headers);

        // then
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("XSRF check failed");
        assertThat(world.settings.suggestedFiltersDeclined()).isFalse();
        assertThat(world.tracker.createdActionItems()).isEmpty();
    }

    @Test
    void aBodylessWriteWithJirasHeaderPasses() {
        Reply reply = rest.as(admin())
                .send("POST", "/settings/suggested-filters/decline", null, Map.of("X-Atlassian-Token", "no-check"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(world.settings.suggestedFiltersDeclined()).isTrue();
    }

    @Test
    void aJsonBodyPassesWithOrWithoutACharset() {
        assertThat(rest.as(admin())
                        .send(
                                "POST",
                                "/settings/suggested-filters/decline",
                                bytes("{}"),
                                Map.of("Content-Type", "application/json;charset=UTF-8"))
                        .status())
                .isEqualTo(200);
        assertThat(rest.as(editor("alice"))
                        .post(
                                "/incidents/" + INCIDENT.key() + "/action-items",
                                "{\"summary\":\"Alert on queue depth\",\"category\":\"detect\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void readsNeedNeither() {
        assertThat(rest.as(admin()).get("/settings/suggested-filters").status()).isEqualTo(200);
    }
}
