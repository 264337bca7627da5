package io.debrief.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentExcerptTest {

    @Test
    void a_comment_up_to_the_limit_is_shown_whole_without_surrounding_blanks() {
        String exactly = "x".repeat(CommentExcerpt.MAX_CHARS);
        assertThat(CommentExcerpt.of("  Rolled back release 4.12  ")).isEqualTo("Rolled back release 4.12");
        assertThat(CommentExcerpt.of(exactly)).isEqualTo(exactly);
        assertThat(CommentExcerpt.of(null)).isEmpty();
    }

    @Test
    void a_longer_one_is_cut_at_a_word_boundary_with_an_ellipsis() {
        String text = "word ".repeat(150);

        String excerpt = CommentExcerpt.of(text);

        assertThat(excerpt).hasSizeLessThanOrEqualTo(CommentExcerpt.MAX_CHARS).endsWith("word\u2026");
    }

    @Test
    void one_long_word_is_cut_at_the_limit() {
        String excerpt = CommentExcerpt.of("y".repeat(800));

        assertThat(excerpt).hasSize(CommentExcerpt.MAX_CHARS).endsWith("y\u2026");
    }
}
