package io.debrief.plugin.followthrough;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The follow-through REST resources: settings for administrators, each person's own reminder switch (issue 16). */
class FollowThroughRestTest {

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(FollowUpSettingsResource.class, ReminderSwitchResource.class);

    @Test
    void an_administrator_reads_the_defaults_and_saves_new_targets() {
        // when
        Reply read = rest.as(admin()).get("/followup/settings");
        Reply saved = rest.as(admin())
                .put(
                        "/followup/settings",
                        "{\"targets\":[{\"priority\":\"Highest\",\"days\":7}],\"otherDays\":\"30\","
                                + "\"reminderDaysBefore\":2,\"digestDay\":\"friday\"}");

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("otherDays").asInt()).isEqualTo(56);
        assertThat(read.json().path("targets")).hasSize(2);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("digestDay").asText()).isEqualTo("FRIDAY");
        assertThat(world.followUpSettings.read().reminderDaysBefore()).isEqualTo(2);
        assertThat(world.followUpSettings.read().digestDay()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void a_bad_value_is_refused_with_400_naming_its_field_and_nothing_is_saved() {
        Reply refused = rest.as(admin())
                .put(
                        "/followup/settings",
                        "{\"targets\":[{\"priority\":\"Nonesuch\",\"days\":7}],\"otherDays\":\"lots\","
                                + "\"reminderDaysBefore\":3,\"digestDay\":\"MONDAY\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsKeys("targets[0].priority", "otherDays");
        assertThat(world.followUpSettings.read()).isEqualTo(FollowUpSettings.DEFAULTS);
    }

    @Test
    void only_administrators_see_or_change_the_settings() {
        assertThat(rest.as(anonymous()).get("/followup/settings").status()).isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/followup/settings").status()).isEqualTo(403);
        assertThat(rest.as(editor("alice"))
                        .put(
                                "/followup/settings",
                                "{\"otherDays\":1,\"reminderDaysBefore\":0,\"digestDay\":\"MONDAY\"}")
                        .status())
                .isEqualTo(403);
        assertThat(world.followUpSettings.read()).isEqualTo(FollowUpSettings.DEFAULTS);
    }

    @Test
    void a_person_turns_their_own_reminders_off_and_on_and_nobody_elses() {
        // when
        Reply off = rest.as(editor("alice")).put("/followup/me", "{\"remindersOff\":true}");

        // then
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().path("remindersOff").asBoolean()).isTrue();
        assertThat(world.optOuts.remindersOff("alice")).isTrue();
        assertThat(rest.as(editor("bob"))
                        .get("/followup/me")
                        .json()
                        .path("remindersOff")
                        .asBoolean())
                .isFalse();

        // and on again
        rest.as(editor("alice")).put("/followup/me", "{\"remindersOff\":\"false\"}");
        assertThat(world.optOuts.remindersOff("alice")).isFalse();
    }

    @Test
    void the_switch_refuses_what_is_not_true_or_false_and_anonymous_callers() {
        assertThat(rest.as(editor("alice"))
                        .put("/followup/me", "{\"remindersOff\":\"maybe\"}")
                        .fieldErrors())
                .containsKey("remindersOff");
        assertThat(rest.as(editor("alice")).put("/followup/me", "{}").status()).isEqualTo(400);
        assertThat(rest.as(anonymous()).get("/followup/me").status()).isEqualTo(401);
        assertThat(rest.as(anonymous())
                        .put("/followup/me", "{\"remindersOff\":true}")
                        .status())
                .isEqualTo(401);
    }
}
