package io.debrief.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionItemCategoryTest {

    @Test
    void a_category_is_recorded_as_a_label_beside_the_item_label() {
        assertThat(ActionItemCategory.DETECT.labelBeside("debrief")).isEqualTo("debrief-detect");
        assertThat(ActionItemCategory.PROCESS.labelBeside("postmortem")).isEqualTo("postmortem-process");
    }

    @Test
    void the_labels_give_the_category_back_whatever_the_item_label_is_called() {
        for (ActionItemCategory category : ActionItemCategory.values()) {
            assertThat(ActionItemCategory.fromLabels(Set.of("debrief", category.labelBeside("debrief"))))
                    .contains(category);
            assertThat(ActionItemCategory.fromLabels(Set.of("postmortem", category.labelBeside("postmortem"), "ops")))
                    .contains(category);
        }
    }

    @Test
    void labels_match_without_regard_to_case_as_in_jira() {
        assertThat(ActionItemCategory.fromLabels(Set.of("Debrief", "debrief-FIX")))
                .contains(ActionItemCategory.FIX);
    }

    @Test
    void a_category_label_without_its_item_label_or_no_category_label_records_nothing() {
        assertThat(ActionItemCategory.fromLabels(Set.of("debrief"))).isEmpty();
        assertThat(ActionItemCategory.fromLabels(Set.of("debrief-fix"))).isEmpty();
        assertThat(ActionItemCategory.fromLabels(Set.of("hot-fix", "debrief"))).isEmpty();
        assertThat(ActionItemCategory.fromLabels(Set.of())).isEmpty();
    }

    @Test
    void several_category_labels_resolve_to_the_first_in_declaration_order() {
        assertThat(ActionItemCategory.fromLabels(Set.of("debrief", "debrief-process", "debrief-fix")))
                .contains(ActionItemCategory.FIX);
    }
}
