package io.debrief.core.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionTargetsTest {

    private static final LocalDate CREATED = LocalDate.parse("2026-03-10");

    @Test
    void by_default_highest_and_high_items_are_due_in_four_weeks_and_others_in_eight() {
        CompletionTargets targets = CompletionTargets.DEFAULTS;

        assertThat(targets.dueFor("Highest", CREATED)).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(targets.dueFor("High", CREATED)).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(targets.dueFor("Medium", CREATED)).isEqualTo(LocalDate.parse("2026-05-05"));
        assertThat(targets.dueFor("Lowest", CREATED)).isEqualTo(LocalDate.parse("2026-05-05"));
    }

    @Test
    void priority_names_match_as_jira_matches_them_whatever_their_case() {
        CompletionTargets targets = new CompletionTargets(Map.of("Blocker", 3), 30);

        assertThat(targets.daysFor("blocker")).isEqualTo(3);
        assertThat(targets.daysFor(" BLOCKER ")).isEqualTo(3);
    }

    @Test
    void an_item_without_a_priority_takes_the_days_of_any_other_priority() {
        CompletionTargets targets = new CompletionTargets(Map.of("High", 14), 45);

        assertThat(targets.daysFor(null)).isEqualTo(45);
        assertThat(targets.daysFor("")).isEqualTo(45);
        assertThat(targets.dueFor(null, CREATED)).isEqualTo(CREATED.plusDays(45));
    }

    @Test
    void the_targets_list_in_priority_name_order() {
        CompletionTargets targets = new CompletionTargets(Map.of("Medium", 40, "High", 14, "Highest", 7), 60);

        assertThat(targets.daysByPriority().keySet()).containsExactly("High", "Highest", "Medium");
    }
}
