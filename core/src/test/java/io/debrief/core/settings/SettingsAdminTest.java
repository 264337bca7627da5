package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsAdminTest {

    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(TestClock.at("2026-03-01T10:00:00Z"));
    private final SettingsAdmin admin = new SettingsAdmin(settings, tracker);
    private final ScriptedViewer administrator =
            ScriptedViewer.as(new UserRef("admin", "Admin")).asAdmin();

    private static SettingsForm.Project project(String key, Long detect, Long resolve, Integer interval) {
        return new SettingsForm.Project(key, true, detect, resolve, interval);
    }

    private static SettingsForm form(String label, List<SettingsForm.Project> projects) {
        return new SettingsForm(label, "0 0 7 * * ?", "Won't Do", "Highest", List.of("OPS"), projects);
    }

    @Test
    void saves_global_and_project_settings_together() {
        SettingsAdmin.Snapshot saved = admin.save(form("learn", List.of(project("OPS", 10L, 120L, 21))), administrator);

        assertThat(saved.global().label()).isEqualTo("learn");
        assertThat(saved.global().enabledProjectKeys()).containsExactly("OPS");
        assertThat(settings.forProject("OPS").targets())
                .isEqualTo(new Targets(Duration.ofMinutes(10), Duration.ofMinutes(120)));
        assertThat(settings.forProject("OPS").checkpointIntervalDays()).isEqualTo(21);
        assertThat(saved.projects()).extracting(ProjectSettings::projectKey).containsExactly("OPS");
    }

    @Test
    void a_project_left_out_of_a_save_is_removed_and_reads_as_the_defaults_again() {
        // given: two projects with their own settings (issue 13.14: a project row can be removed)
        admin.save(form("debrief", List.of(project("OPS", 10L, 120L, 21), project("PAY", 3L, 90L, 7))), administrator);

        // when: the admin saves with PAY's row removed
        SettingsAdmin.Snapshot saved =
                admin.save(form("debrief", List.of(project("OPS", 10L, 120L, 21))), administrator);

        // then: PAY is back on the defaults; OPS keeps its own
        assertThat(saved.projects()).extracting(ProjectSettings::projectKey).containsExactly("OPS");
        assertThat(settings.forProject("PAY")).isEqualTo(ProjectSettings.defaults("PAY"));
        assertThat(settings.forProject("OPS").checkpointIntervalDays()).isEqualTo(21);
    }

    @Test
    void a_save_that_names_no_projects_at_all_keeps_the_saved_ones() {
        // given
        admin.save(form("debrief", List.of(project("OPS", 10L, 120L, 21))), administrator);

        // when: a client sends the global settings only (no "projects" field)
        SettingsAdmin.Snapshot saved = admin.save(form("learn", null), administrator);

        // then
        assertThat(saved.global().label()).isEqualTo("learn");
        assertThat(saved.projects()).extracting(ProjectSettings::projectKey).containsExactly("OPS");
        assertThat(settings.forProject("OPS").checkpointIntervalDays()).isEqualTo(21);
    }

    @Test
    void a_refused_save_removes_nothing() {
        // given
        admin.save(form("debrief", List.of(project("OPS", 10L, 120L, 21), project("PAY", 3L, 90L, 7))), administrator);

        // when: PAY's row is left out, but OPS's target is refused
        org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> admin.save(form("debrief", List.of(project("OPS", 0L, 120L, 21))), administrator));

        // then
        assertThat(settings.savedProjects())
                .extracting(ProjectSettings::projectKey)
                .containsExactly("OPS", "PAY");
    }

    @Test
    void what_the_settings_name_must_exist_in_the_tracker_each_refused_on_its_field() {
        // given: names Jira does not hold (issue 13.14)
        SettingsForm form = new SettingsForm(
                "debrief",
                "a b c d e f",
                "No Such Resolution",
                "Ultra",
                List.of("OPS", "NOPE", "ZZY"),
                List.of(project("OPS", 5L, 60L, 14), project("ZZZ", 5L, 60L, 14)));

        // when
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> admin.save(form, administrator));

        // then: the cron is malformed; the names are checked once the form itself is well-formed
        assertThat(refused.errors())
                .extracting(ValidationError::field)
                .containsExactly("jobCron", "projects[1].projectKey");
        assertThat(settings.savedProjects()).isEmpty();

        InvalidInputException names = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> admin.save(
                        new SettingsForm(
                                "debrief",
                                "0 0 6 * * ?",
                                "No Such Resolution",
                                "Ultra",
                                List.of("OPS", "NOPE", "ZZY"),
                                List.of(project("ZZZ", 5L, 60L, 14))),
                        administrator));
        assertThat(names.errors())
                .extracting(ValidationError::field, ValidationError::messageKey, ValidationError::args)
                .containsExactly(
                        tuple("irrelevantResolution", SettingsAdmin.RESOLUTION_UNKNOWN, List.of("No Such Resolution")),
                        tuple("prioritisePriority", SettingsAdmin.PRIORITY_UNKNOWN, List.of("Ultra")),
                        tuple("enabledProjectKeys", SettingsAdmin.PROJECT_UNKNOWN, List.of("NOPE, ZZY")),
                        tuple("projects[0].projectKey", SettingsAdmin.PROJECT_UNKNOWN, List.of("ZZZ")));
        assertThat(settings.savedProjects()).isEmpty();
    }

    @Test
    void names_are_matched_as_jira_matches_them() {
        admin.save(
                new SettingsForm("debrief", "0 0 6 ? * MON-FRI", "won't do", "HIGHEST", List.of("OPS"), List.of()),
                administrator);

        assertThat(settings.global().jobCron()).isEqualTo("0 0 6 ? * MON-FRI");
    }

    @Test
    void one_bad_value_anywhere_saves_nothing_and_names_every_field() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> admin.save(
                        form(
                                "two words",
                                List.of(
                                        project("OPS", 10L, 120L, 21),
                                        project("INC", null, 60L, 30),
                                        project("OPS", 5L, 60L, 14))),
                        administrator));

        assertThat(refused.errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        tuple("label", "debrief.error.settings.label.spaces"),
                        tuple("projects[1].detect", "debrief.error.settings.target.positive"),
                        tuple("projects[1].checkpointIntervalDays", "debrief.error.settings.interval.range"),
                        tuple("projects[2].projectKey", SettingsAdmin.PROJECT_DUPLICATE));
        assertThat(settings.global()).isEqualTo(GlobalSettings.DEFAULTS);
        assertThat(settings.savedProjects()).isEmpty();
    }

    @Test
    void a_target_outside_one_minute_to_thirty_days_is_refused_on_its_field_whatever_its_size() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> admin.save(
                        form(
                                "debrief",
                                List.of(
                                        project("OPS", Long.MAX_VALUE, 120L, 21),
                                        project("PAY", 5L, Long.MIN_VALUE, 21),
                                        project("WEB", 0L, 43_201L, 21))),
                        administrator));

        assertThat(refused.errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        tuple("projects[0].detect", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE),
                        tuple("projects[1].resolve", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE),
                        tuple("projects[2].detect", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE),
                        tuple("projects[2].resolve", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE));
        assertThat(settings.savedProjects()).isEmpty();
    }

    @Test
    void targets_to_acknowledge_and_mitigate_are_optional_and_kept_when_given() {
        // when: OPS sets both, PAY neither
        admin.save(
                form(
                        "debrief",
                        List.of(
                                new SettingsForm.Project("OPS", true, 10L, 120L, 21, 3L, 30L),
                                project("PAY", 5L, 60L, 14))),
                administrator);

        // then
        assertThat(settings.forProject("OPS").targets())
                .isEqualTo(new Targets(
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(120),
                        Duration.ofMinutes(3),
                        Duration.ofMinutes(30)));
        assertThat(settings.forProject("PAY").targets().acknowledge()).isNull();
        assertThat(settings.forProject("PAY").targets().mitigate()).isNull();
    }

    @Test
    void an_optional_target_outside_one_minute_to_thirty_days_is_refused_on_its_own_field() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> admin.save(
                        form(
                                "debrief",
                                List.of(
                                        new SettingsForm.Project("OPS", true, 10L, 120L, 21, 0L, 43_201L),
                                        new SettingsForm.Project("PAY", true, 5L, 60L, 14, Long.MAX_VALUE, null))),
                        administrator));

        assertThat(refused.errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        tuple("projects[0].acknowledge", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE),
                        tuple("projects[0].mitigate", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE),
                        tuple("projects[1].acknowledge", io.debrief.core.common.SaneRange.TARGET_OUT_OF_RANGE));
        assertThat(settings.savedProjects()).isEmpty();
    }

    @Test
    void only_administrators_read_or_save() {
        SettingsForm valid = form("debrief", List.of());

        assertThatThrownBy(() -> admin.read(ScriptedViewer.anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> admin.save(valid, ScriptedViewer.as(new UserRef("bob", "Bob"))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(settings.global()).isEqualTo(GlobalSettings.DEFAULTS);
    }

    @Test
    void reads_the_settings_in_force() {
        settings.withCheckpointInterval("OPS", 7);
        settings.saveGlobal(GlobalSettings.DEFAULTS.withEnabledProjectKeys(Set.of("OPS")));

        SettingsAdmin.Snapshot snapshot = admin.read(administrator);

        assertThat(snapshot.global().enabledProjectKeys()).containsExactly("OPS");
        assertThat(snapshot.projects())
                .extracting(ProjectSettings::checkpointIntervalDays)
                .containsExactly(7);
    }
}
