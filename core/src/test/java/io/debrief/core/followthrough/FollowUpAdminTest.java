package io.debrief.core.followthrough;

import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryFollowUps;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpAdminTest {

    private final InMemoryFollowUps.SettingsStore store = new InMemoryFollowUps.SettingsStore();
    private final FollowUpAdmin admin =
            new FollowUpAdmin(store, new InMemoryIssueTracker(TestClock.at("2026-03-10T12:00:00Z")));
    private final ScriptedViewer anAdmin = ScriptedViewer.as(ALICE).asAdmin();

    private static FollowUpForm form(List<FollowUpForm.Target> targets, String other, String before, String day) {
        return new FollowUpForm(targets, other, before, day);
    }

    private static FollowUpForm.Target target(String priority, String days) {
        return new FollowUpForm.Target(priority, days);
    }

    @Test
    void nothing_saved_reads_as_the_handbook_defaults() {
        FollowUpSettings read = admin.read(anAdmin);

        assertThat(read).isEqualTo(FollowUpSettings.DEFAULTS);
        assertThat(read.targets().daysByPriority()).isEqualTo(Map.of("High", 28, "Highest", 28));
        assertThat(read.targets().otherDays()).isEqualTo(56);
        assertThat(read.reminderDaysBefore()).isEqualTo(3);
    }

    @Test
    void an_admin_saves_targets_reminder_days_and_the_digest_day_together() {
        // when
        FollowUpSettings saved = admin.save(
                form(List.of(target("Highest", "7"), target(" high ", " 14 ")), "42", "5", "friday"), anAdmin);

        // then
        assertThat(saved.targets().daysByPriority()).isEqualTo(Map.of("Highest", 7, "high", 14));
        assertThat(saved.targets().otherDays()).isEqualTo(42);
        assertThat(saved.reminderDaysBefore()).isEqualTo(5);
        assertThat(saved.digestDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(store.read()).isEqualTo(saved);
    }

    @Test
    void every_bad_value_is_refused_by_its_field_and_nothing_is_saved() {
        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> admin.save(
                form(
                        Arrays.asList(
                                target("Urgentissimo", "7"),
                                target("High", "0"),
                                target("HIGH", "10"),
                                target("", "5"),
                                target("Low", null),
                                target("Lowest", "a week")),
                        "731",
                        "61",
                        "someday"),
                anAdmin));

        // then
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("targets[0].priority", FollowUpAdmin.PRIORITY_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("targets[1].days", FollowUpAdmin.DAYS_RANGE),
                        org.assertj.core.groups.Tuple.tuple("targets[2].priority", FollowUpAdmin.PRIORITY_DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple("targets[3].priority", "debrief.error.field.required"),
                        org.assertj.core.groups.Tuple.tuple("targets[4].days", "debrief.error.field.required"),
                        org.assertj.core.groups.Tuple.tuple("targets[5].days", FollowUpAdmin.WHOLE_NUMBER),
                        org.assertj.core.groups.Tuple.tuple("otherDays", FollowUpAdmin.DAYS_RANGE),
                        org.assertj.core.groups.Tuple.tuple("reminderDaysBefore", FollowUpAdmin.REMINDER_RANGE),
                        org.assertj.core.groups.Tuple.tuple("digestDay", FollowUpAdmin.DIGEST_DAY_INVALID));
        assertThat(store.read()).isEqualTo(FollowUpSettings.DEFAULTS);
    }

    @Test
    void missing_values_are_refused_by_their_field() {
        assertThatThrownBy(() -> admin.save(form(null, null, null, null), anAdmin))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(ValidationError::field)
                        .containsExactly("otherDays", "reminderDaysBefore", "digestDay"));
    }

    @Test
    void only_administrators_read_or_save() {
        FollowUpForm valid = form(List.of(), "30", "3", "MONDAY");

        assertThatThrownBy(() -> admin.read(ScriptedViewer.anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> admin.save(valid, ScriptedViewer.as(ALICE))).isInstanceOf(ForbiddenException.class);
        assertThat(store.read()).isEqualTo(FollowUpSettings.DEFAULTS);
    }
}
