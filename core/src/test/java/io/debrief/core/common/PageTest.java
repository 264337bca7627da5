package io.debrief.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<String> ALL = List.of("a", "b", "c", "d", "e");

    @Test
    void a_page_is_cut_from_the_full_list_with_its_start_and_the_total() {
        Page<String> page = Page.of(ALL, new PageRequest(2, 2));

        assertThat(page.items()).containsExactly("c", "d");
        assertThat(page.start()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void the_last_page_is_short_and_a_page_past_the_end_is_empty() {
        assertThat(Page.of(ALL, new PageRequest(4, 2)).items()).containsExactly("e");
        assertThat(Page.of(ALL, new PageRequest(4, 2)).hasMore()).isFalse();
        assertThat(Page.of(ALL, new PageRequest(10, 2)).items()).isEmpty();
        assertThat(Page.of(ALL, new PageRequest(10, 2)).total()).isEqualTo(5);
    }

    @Test
    void read_all_hands_over_every_row_page_by_page_and_says_whether_the_bound_cut_it() {
        List<String> seen = new ArrayList<>();
        List<PageRequest> asked = new ArrayList<>();

        boolean cut = Page.readAll(
                request -> {
                    asked.add(request);
                    return Page.of(ALL, request);
                },
                2,
                100,
                seen::add);

        assertThat(cut).isFalse();
        assertThat(seen).containsExactlyElementsOf(ALL);
        assertThat(asked).extracting(PageRequest::start).containsExactly(0, 2, 4);
        List<String> bounded = new ArrayList<>();
        assertThat(Page.readAll(request -> Page.of(ALL, request), 2, 3, bounded::add))
                .isTrue();
        assertThat(bounded).containsExactly("a", "b", "c", "d");
    }
}
