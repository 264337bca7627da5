package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SettingsPolicyTest {

    private final SettingsPolicy policy = new SettingsPolicy();

    private static List<String> fieldsRefused(Executable call) {
        InvalidInputException refused =
                org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call);
        return refused.errors().stream().map(ValidationError::field).toList();
    }

    @Test
    void accepts_sensible_project_settings() {
        ProjectSettings settings = policy.project("OPS", true, Duration.ofMinutes(10), Duration.ofHours(2), 21);

        assertThat(settings.targets().detect()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.checkpointIntervalDays()).isEqualTo(21);
    }

    @Test
    void refuses_non_positive_and_overlong_targets() {
        assertThat(fieldsRefused(() -> policy.project("OPS", true, Duration.ZERO, Duration.ofDays(31), 14)))
                .containsExactly("detect", "resolve");
    }

    @Test
    void refuses_a_detect_target_longer_than_the_resolve_target() {
        assertThat(fieldsRefused(() -> policy.project("OPS", true, Duration.ofHours(2), Duration.ofHours(1), 14)))
                .containsExactly("detect");
    }

    @Test
    void checkpoint_interval_must_be_7_to_28_days() {
        assertThat(fieldsRefused(() -> policy.project("OPS", true, Duration.ofMinutes(5), Duration.ofMinutes(60), 6)))
                .containsExactly("checkpointIntervalDays");
        assertThat(fieldsRefused(() -> policy.project("OPS", true, Duration.ofMinutes(5), Duration.ofMinutes(60), 29)))
                .containsExactly("checkpointIntervalDays");
        assertThat(policy.project("OPS", true, Duration.ofMinutes(5), Duration.ofMinutes(60), 7)
                        .checkpointIntervalDays())
                .isEqualTo(7);
    }

    @Test
    void accepts_the_defaults_as_global_settings() {
        GlobalSettings d = GlobalSettings.DEFAULTS;

        assertThat(policy.global(d.label(), d.jobCron(), d.irrelevantResolution(), d.prioritisePriority(), Set.of()))
                .isEqualTo(d);
        assertThat(d.enabledFor("ANY")).isTrue();
    }

    @Test
    void a_label_follows_jira_label_rules() {
        assertThat(fieldsRefused(() -> policy.global("post mortem", "0 0 6 * * ?", "Won't Do", "High", Set.of())))
                .containsExactly("label");
        assertThat(fieldsRefused(() -> policy.global("x".repeat(256), "0 0 6 * * ?", "Won't Do", "High", Set.of())))
                .containsExactly("label");
    }

    @Test
    void a_cron_expression_has_six_or_seven_fields() {
        assertThat(fieldsRefused(() -> policy.global("debrief", "0 6 * * *", "Won't Do", "High", Set.of())))
                .containsExactly("jobCron");
        assertThat(policy.global("debrief", "0 0 6 * * ? 2027", "Won't Do", "High", Set.of())
                        .jobCron())
                .isEqualTo("0 0 6 * * ? 2027");
    }

    @Test
    void reports_every_bad_global_field_at_once() {
        assertThatThrownBy(() -> policy.global("", "", " ", null, Set.of("ops")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly(
                                        "label",
                                        "jobCron",
                                        "irrelevantResolution",
                                        "prioritisePriority",
                                        "enabledProjectKeys"));
    }

    @Test
    void enabled_project_keys_limit_which_projects_take_part() {
        GlobalSettings onlyOps = GlobalSettings.DEFAULTS.withEnabledProjectKeys(Set.of("OPS"));

        assertThat(onlyOps.enabledFor("OPS")).isTrue();
        assertThat(onlyOps.enabledFor("WEB")).isFalse();
    }
}
