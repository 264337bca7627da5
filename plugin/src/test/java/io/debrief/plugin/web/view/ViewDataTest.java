package io.debrief.plugin.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A typed view becomes template data one way: records as ordered maps of their components, all the way down. */
class ViewDataTest {

    record Row(String name, Integer count) {}

    record Page(String title, boolean open, List<Row> rows, Row first, Map<String, Object> extra) {}

    @Test
    void a_record_becomes_a_map_of_its_components_in_declaration_order() {
        Map<String, Object> data = ViewData.of(new Page("Q1", true, List.of(), null, Map.of()));

        assertThat(data.keySet()).containsExactly("title", "open", "rows", "first", "extra");
        assertThat(data).contains(entry("title", "Q1"), entry("open", true));
    }

    @Test
    void nested_records_in_fields_lists_and_map_values_become_maps_too() {
        Row alpha = new Row("alpha", 1);
        Map<String, Object> data =
                ViewData.of(new Page("Q1", false, List.of(alpha, new Row("beta", 2)), alpha, Map.of("best", alpha)));

        assertThat(data.get("rows"))
                .isEqualTo(List.of(Map.of("name", "alpha", "count", 1), Map.of("name", "beta", "count", 2)));
        assertThat(data.get("first")).isEqualTo(Map.of("name", "alpha", "count", 1));
        assertThat(data.get("extra")).isEqualTo(Map.of("best", Map.of("name", "alpha", "count", 1)));
    }

    @Test
    void null_components_stay_as_null_entries_as_the_json_answer_has_them() {
        Map<String, Object> data = ViewData.of(new Row(null, null));

        assertThat(data).containsOnlyKeys("name", "count");
        assertThat(data.values()).containsExactly(null, null);
    }

    @Test
    void lists_with_null_items_keep_them() {
        assertThat(ViewData.value(Arrays.asList(new Row("a", 1), null)))
                .isEqualTo(Arrays.asList(Map.of("name", "a", "count", 1), null));
    }
}
