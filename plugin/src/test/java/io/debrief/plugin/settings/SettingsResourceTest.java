package io.debrief.plugin.settings;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET/PUT /settings: administrators only, every field validated, all-or-nothing. */
class SettingsResourceTest {

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(SettingsResource.class);

    private static Map<String, Object> project(String key, Object detect, Object resolve, Object interval) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectKey", key);
        json.put("enabled", true);
        json.put("detectMinutes", detect);
        json.put("resolveMinutes", resolve);
        json.put("checkpointIntervalDays", interval);
        return json;
    }

    private static Map<String, Object> settings(String label, String cron, List<Map<String, Object>> projects) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", label);
        json.put("jobCron", cron);
        json.put("irrelevantResolution", "Won't Do");
        json.put("prioritisePriority", "Highest");
        json.put("enabledProjectKeys", List.of("OPS", "INC"));
        json.put("projects", projects);
        return json;
    }

    private void assertNothingSaved() {
        assertThat(world.settings.global()).isEqualTo(GlobalSettings.DEFAULTS);
        assertThat(world.settings.savedProjects()).isEmpty();
    }

    @Test
    void an_administrator_reads_the_defaults() {
        Reply reply = rest.as(admin()).get("/settings");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("label").asText()).isEqualTo("debrief");
        assertThat(json.path("jobCron").asText()).isEqualTo("0 0 6 * * ?");
        assertThat(json.path("defaults").path("detectMinutes").asInt()).isEqualTo(5);
        assertThat(json.path("defaults").path("resolveMinutes").asInt()).isEqualTo(60);
        assertThat(json.path("defaults").path("checkpointIntervalDays").asInt()).isEqualTo(14);
        assertThat(json.path("projects")).isEmpty();
    }

    @Test
    void anonymous_gets_401_and_other_users_403() {
        String valid = RestTestHarness.json(settings("debrief", "0 0 6 * * ?", List.of()));

        assertThat(rest.as(anonymous()).get("/settings").status()).isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/settings").status()).isEqualTo(403);
        assertThat(rest.as(anonymous()).put("/settings", valid).status()).isEqualTo(401);
        assertThat(rest.as(editor("alice")).put("/settings", valid).status()).isEqualTo(403);
        assertNothingSaved();
    }

    @Test
    void an_administrator_saves_global_and_project_settings() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(settings("learn", "0 30 7 * * ?", List.of(project("OPS", 10, 90, 21)))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("label").asText()).isEqualTo("learn");
        assertThat(reply.json()
                        .path("projects")
                        .get(0)
                        .path("checkpointIntervalDays")
                        .asInt())
                .isEqualTo(21);
        assertThat(world.settings.global().enabledProjectKeys()).containsExactlyInAnyOrder("OPS", "INC");
        assertThat(world.settings.forProject("OPS").targets().resolve()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_project_row_left_out_of_a_put_is_removed_and_a_put_without_projects_keeps_them() {
        // given: OPS and INC have their own settings
        rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(settings(
                                "debrief",
                                "0 0 6 * * ?",
                                List.of(project("OPS", 10, 90, 21), project("INC", 3, 45, 7)))));

        // when: the admin removed INC's row
        Reply removed = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(settings("debrief", "0 0 6 * * ?", List.of(project("OPS", 10, 90, 21)))));

        // then: INC reads as the defaults again
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("projects")).hasSize(1);
        assertThat(world.settings.forProject("INC")).isEqualTo(ProjectSettings.defaults("INC"));

        // when: a client sends no "projects" field at all
        Map<String, Object> globalOnly = settings("learn", "0 0 6 * * ?", List.of());
        globalOnly.remove("projects");
        Reply kept = rest.as(admin()).put("/settings", RestTestHarness.json(globalOnly));

        // then: the overrides stay
        assertThat(kept.status()).isEqualTo(200);
        assertThat(world.settings.savedProjects())
                .extracting(ProjectSettings::projectKey)
                .containsExactly("OPS");
    }

    @Test
    void bad_global_values_are_400_per_field_and_nothing_is_saved() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(
                                settings("two words", "every morning", List.of(project("OPS", 10, 90, 21)))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("label", "jobCron");
        assertNothingSaved();
    }

    @Test
    void bad_project_values_are_named_by_position() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(settings(
                                "debrief",
                                "0 0 6 * * ?",
                                List.of(
                                        project("OPS", 10, 90, 21),
                                        project("INC", 120, 60, 40),
                                        project("ops", 5, 60, 14)))));

        assertThat(reply.fieldErrors())
                .containsOnlyKeys("projects[1].detect", "projects[1].checkpointIntervalDays", "projects[2].projectKey");
        assertNothingSaved();
    }

    @Test
    void a_target_out_of_range_is_400_on_that_target_however_large() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(settings(
                                "debrief",
                                "0 0 6 * * ?",
                                List.of(project("OPS", Long.MAX_VALUE, 60, 14), project("INC", 5, 0, 14)))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("projects[0].detect", "projects[1].resolve");
        assertThat(reply.fieldErrors().get("projects[0].detect")).contains("between 1 and 43,200 minutes");
        assertNothingSaved();
    }

    @Test
    void a_missing_target_is_400_on_that_target() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(
                                settings("debrief", "0 0 6 * * ?", List.of(project("OPS", null, 60, 14)))));

        assertThat(reply.fieldErrors()).containsOnlyKeys("projects[0].detect");
        assertNothingSaved();
    }

    @Test
    void targets_to_acknowledge_and_mitigate_are_optional_saved_when_given_and_answered_as_numbers() {
        // given: OPS sets both, INC neither
        Map<String, Object> ops = project("OPS", 10, 90, 21);
        ops.put("acknowledgeMinutes", 3);
        ops.put("mitigateMinutes", 30);

        // when
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(
                                settings("debrief", "0 0 6 * * ?", List.of(ops, project("INC", 5, 60, 14)))));

        // then
        assertThat(reply.status()).isEqualTo(200);
        JsonNode saved = reply.json().path("projects");
        assertThat(saved.get(1).path("projectKey").asText()).isEqualTo("OPS");
        assertThat(saved.get(1).path("acknowledgeMinutes").isNumber()).isTrue();
        assertThat(saved.get(1).path("acknowledgeMinutes").asInt()).isEqualTo(3);
        assertThat(saved.get(1).path("mitigateMinutes").asInt()).isEqualTo(30);
        assertThat(saved.get(0).path("acknowledgeMinutes").isNull()).isTrue();
        assertThat(world.settings.forProject("OPS").targets().mitigate()).isEqualTo(Duration.ofMinutes(30));
        assertThat(world.settings.forProject("INC").targets().acknowledge()).isNull();
    }

    @Test
    void an_optional_target_out_of_range_or_not_a_whole_number_is_400_naming_it() {
        // given
        Map<String, Object> ops = project("OPS", 10, 90, 21);
        ops.put("acknowledgeMinutes", 0);
        ops.put("mitigateMinutes", "half an hour");
        Map<String, Object> inc = project("INC", 5, 60, 14);
        inc.put("mitigateMinutes", 1.5);

        // when
        Reply reply = rest.as(admin())
                .put("/settings", RestTestHarness.json(settings("debrief", "0 0 6 * * ?", List.of(ops, inc))));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors())
                .containsOnlyKeys("projects[0].acknowledge", "projects[0].mitigate", "projects[1].mitigate");
        assertThat(reply.fieldErrors().get("projects[0].acknowledge")).contains("between 1 and 43,200 minutes");
        assertNothingSaved();
    }

    @Test
    void a_number_sent_as_words_is_400_on_body() {
        Reply reply = rest.as(admin())
                .put(
                        "/settings",
                        RestTestHarness.json(
                                settings("debrief", "0 0 6 * * ?", List.of(project("OPS", "ten", 60, 14)))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("body");
        assertNothingSaved();
    }

    @Test
    void an_empty_body_names_every_required_global_field() {
        Reply reply = rest.as(admin()).put("/settings", "{}");

        assertThat(reply.fieldErrors())
                .containsOnlyKeys("label", "jobCron", "irrelevantResolution", "prioritisePriority");
        assertNothingSaved();
    }

    @Test
    void an_administrator_is_offered_the_two_saved_filters_with_localized_names() {
        Reply reply = rest.as(admin()).get("/settings/suggested-filters");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("declined").asBoolean()).isFalse();
        assertThat(reply.json().path("filters").findValuesAsText("name"))
                .containsExactly("Open debrief items", "Incidents awaiting debrief");
        assertThat(reply.json().path("filters").get(0).path("jql").asText())
                .isEqualTo("labels = \"debrief\" AND statusCategory != Done ORDER BY created ASC");
    }

    @Test
    void only_an_administrator_may_decline_the_filters_and_then_they_stay_declined() {
        assertThat(rest.as(anonymous()).get("/settings/suggested-filters").status())
                .isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/settings/suggested-filters").status())
                .isEqualTo(403);
        assertThat(rest.as(anonymous())
                        .post("/settings/suggested-filters/decline", "{}")
                        .status())
                .isEqualTo(401);
        assertThat(rest.as(editor("alice"))
                        .post("/settings/suggested-filters/decline", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(world.settings.suggestedFiltersDeclined()).isFalse();

        Reply declined = rest.as(admin()).post("/settings/suggested-filters/decline", "{}");

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("declined").asBoolean()).isTrue();
        assertThat(rest.as(admin())
                        .get("/settings/suggested-filters")
                        .json()
                        .path("declined")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_new_job_schedule_is_replanned_at_once_and_an_unchanged_one_is_left_alone() {
        // when the admin saves the default schedule again
        assertThat(rest.as(admin())
                        .put("/settings", RestTestHarness.json(settings("debrief", "0 0 6 * * ?", List.of())))
                        .status())
                .isEqualTo(200);

        // then nothing is re-planned
        assertThat(world.rescheduled).isEmpty();

        // when the admin saves a new schedule
        assertThat(rest.as(admin())
                        .put("/settings", RestTestHarness.json(settings("debrief", "0 30 5 * * ?", List.of())))
                        .status())
                .isEqualTo(200);

        // then the scheduler re-plans the job with it once
        assertThat(world.rescheduled).containsExactly("0 30 5 * * ?");
    }

    @Test
    void a_refused_save_replans_nothing() {
        assertThat(rest.as(editor("alice"))
                        .put("/settings", RestTestHarness.json(settings("debrief", "0 30 5 * * ?", List.of())))
                        .status())
                .isEqualTo(403);
        assertThat(rest.as(admin())
                        .put("/settings", RestTestHarness.json(settings("debrief", "not a cron", List.of())))
                        .status())
                .isEqualTo(400);

        assertThat(world.rescheduled).isEmpty();
    }
}
