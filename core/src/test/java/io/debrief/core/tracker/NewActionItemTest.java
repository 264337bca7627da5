package io.debrief.core.tracker;

import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.TestClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewActionItemTest {

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");

    private static NewActionItem valid() {
        return new NewActionItem(
                INCIDENT,
                null,
                null,
                "Alert when the queue backs up",
                "alice",
                LocalDate.parse("2026-04-01"),
                ActionItemCategory.DETECT);
    }

    private static NewActionItem with(
            String projectKey,
            String issueType,
            String summary,
            String assignee,
            LocalDate due,
            ActionItemCategory category) {
        return new NewActionItem(INCIDENT, projectKey, issueType, summary, assignee, due, category);
    }

    @Test
    void defaults_to_the_incident_project_and_a_task() {
        NewActionItem item = valid();

        assertThat(item.projectKey()).isEqualTo("INC");
        assertThat(item.issueType()).isEqualTo("Task");
        assertThat(item.validate(clock)).isEmpty();
    }

    @Test
    void refuses_a_malformed_project_key() {
        assertThat(with("ops team", null, "Fix", null, null, ActionItemCategory.FIX)
                        .validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("projectKey");
    }

    @Test
    void refuses_an_overlong_issue_type() {
        assertThat(with(null, "T".repeat(61), "Fix", null, null, ActionItemCategory.FIX)
                        .validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("issueType");
    }

    @Test
    void requires_a_summary() {
        assertThat(with(null, null, "   ", null, null, ActionItemCategory.FIX).validate(clock))
                .extracting(ValidationError::messageKey)
                .containsExactly("debrief.error.actionitem.summary.required");
    }

    @Test
    void accepts_255_characters_of_summary_and_refuses_256() {
        assertThat(with(null, null, "s".repeat(255), null, null, ActionItemCategory.FIX)
                        .validate(clock))
                .isEmpty();
        assertThat(with(null, null, "s".repeat(256), null, null, ActionItemCategory.FIX)
                        .validate(clock))
                .extracting(ValidationError::messageKey)
                .containsExactly("debrief.error.actionitem.summary.too.long");
    }

    @Test
    void refuses_a_blank_assignee_but_allows_none() {
        assertThat(with(null, null, "Fix", " ", null, ActionItemCategory.FIX).validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("assignee");
        assertThat(with(null, null, "Fix", null, null, ActionItemCategory.FIX).validate(clock))
                .isEmpty();
    }

    @Test
    void refuses_a_due_date_in_the_past_but_accepts_today() {
        assertThat(with(null, null, "Fix", null, LocalDate.parse("2026-03-09"), ActionItemCategory.FIX)
                        .validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("due");
        assertThat(with(null, null, "Fix", null, LocalDate.parse("2026-03-10"), ActionItemCategory.FIX)
                        .validate(clock))
                .isEmpty();
    }

    @Test
    void requires_a_category() {
        assertThat(with(null, null, "Fix", null, null, null).validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("category");
    }

    @Test
    void reports_every_bad_field_at_once() {
        assertThat(with("x", null, "", "", LocalDate.parse("2020-01-01"), null).validate(clock))
                .extracting(ValidationError::field)
                .containsExactly("projectKey", "summary", "assignee", "due", "category");
    }
}
