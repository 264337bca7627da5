package io.debrief.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewTimelineEntryTest {

    private final TestClock clock = TestClock.at("2026-03-01T12:00:00Z");
    private final Instant now = clock.instant();

    private List<ValidationError> errorsOf(EntryKind kind, Instant at, String text, String link) {
        return new NewTimelineEntry(kind, at, text, link).validate(clock);
    }

    private List<String> keysOf(EntryKind kind, Instant at, String text, String link) {
        return errorsOf(kind, at, text, link).stream()
                .map(ValidationError::messageKey)
                .toList();
    }

    @Test
    void a_complete_entry_is_valid() {
        assertThat(errorsOf(EntryKind.DETECTED, now, "Alert fired", "https://grafana.example.com/d/1"))
                .isEmpty();
    }

    @Test
    void every_missing_field_is_reported_at_once_by_field_name() {
        assertThat(errorsOf(null, null, "  ", null))
                .extracting(ValidationError::field)
                .containsExactly("kind", "at", "text");
    }

    @Test
    void derived_kinds_cannot_be_added_by_hand() {
        assertThat(keysOf(EntryKind.STATUS_CHANGE, now, "x", null))
                .containsExactly("debrief.error.timeline.kind.not-manual");
    }

    @Test
    void an_entry_may_lie_up_to_exactly_one_day_ahead() {
        assertThat(errorsOf(EntryKind.NOTE, now.plus(Duration.ofDays(1)), "planned", null))
                .isEmpty();
        assertThat(keysOf(EntryKind.NOTE, now.plus(Duration.ofDays(1)).plusSeconds(1), "planned", null))
                .containsExactly(io.debrief.core.common.SaneRange.INSTANT_OUT_OF_RANGE);
    }

    @Test
    void an_entry_before_2000_or_far_beyond_is_refused_on_at() {
        for (String at : java.util.List.of(
                "-1000000000-01-01T00:00:00Z",
                "0001-01-01T00:00:00Z",
                "1900-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z")) {
            assertThat(errorsOf(EntryKind.NOTE, java.time.Instant.parse(at), "x", null))
                    .as(at)
                    .extracting(io.debrief.core.common.ValidationError::field)
                    .containsExactly("at");
        }
    }

    @Test
    void the_future_limit_moves_with_the_clock() {
        Instant inTwoDays = now.plus(Duration.ofDays(2));
        assertThat(errorsOf(EntryKind.NOTE, inTwoDays, "x", null)).hasSize(1);

        clock.advance(Duration.ofDays(1));

        assertThat(errorsOf(EntryKind.NOTE, inTwoDays, "x", null)).isEmpty();
    }

    @Test
    void text_of_exactly_32768_bytes_is_accepted_and_one_byte_more_is_refused() {
        assertThat(errorsOf(EntryKind.NOTE, now, "a".repeat(32_768), null)).isEmpty();
        assertThat(keysOf(EntryKind.NOTE, now, "a".repeat(32_769), null))
                .containsExactly("debrief.error.timeline.text.too-long");
    }

    @Test
    void text_length_counts_utf8_bytes_not_characters() {
        // "é" is two bytes, the emoji four
        assertThat(errorsOf(EntryKind.NOTE, now, "é".repeat(16_384), null)).isEmpty();
        assertThat(errorsOf(EntryKind.NOTE, now, "é".repeat(16_384) + "a", null))
                .hasSize(1);
        assertThat(errorsOf(EntryKind.NOTE, now, "\uD83D\uDD25".repeat(8_192), null))
                .isEmpty();
        assertThat(errorsOf(EntryKind.NOTE, now, "\uD83D\uDD25".repeat(8_193), null))
                .hasSize(1);
    }

    @Test
    void links_must_be_http_or_https_urls() {
        assertThat(errorsOf(EntryKind.NOTE, now, "x", "http://status.example.com"))
                .isEmpty();
        assertThat(errorsOf(EntryKind.NOTE, now, "x", "   ")).isEmpty();
        assertThat(keysOf(EntryKind.NOTE, now, "x", "ftp://files.example.com/x"))
                .containsExactly("debrief.error.timeline.link.invalid");
        assertThat(keysOf(EntryKind.NOTE, now, "x", "javascript:alert(1)"))
                .containsExactly("debrief.error.timeline.link.invalid");
        assertThat(keysOf(EntryKind.NOTE, now, "x", "not a url"))
                .containsExactly("debrief.error.timeline.link.invalid");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B",
                "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0000", "\u001B", "\u0085"
            })
    void links_with_characters_that_hide_or_reorder_what_a_reader_sees_are_refused(String invisible) {
        assertThat(keysOf(EntryKind.NOTE, now, "x", "https://status.example.com/" + invisible + "gnp.1"))
                .containsExactly("debrief.error.timeline.link.invisible");
        assertThat(keysOf(EntryKind.NOTE, now, "x", invisible + "https://status.example.com/"))
                .containsExactly("debrief.error.timeline.link.invisible");
    }

    @Test
    void text_may_hold_right_to_left_writing_and_its_marks() {
        assertThat(errorsOf(
                        EntryKind.NOTE,
                        now,
                        "\u05D4\u05EA\u05E8\u05D0\u05D4 \u200F(alert) \u202Bx\u202C",
                        "https://status.example.com/"))
                .isEmpty();
    }

    @Test
    void links_may_be_2000_characters_long_but_not_longer() {
        String prefix = "https://example.com/";
        String atLimit = prefix + "a".repeat(2000 - prefix.length());

        assertThat(errorsOf(EntryKind.NOTE, now, "x", atLimit)).isEmpty();
        assertThat(keysOf(EntryKind.NOTE, now, "x", atLimit + "a"))
                .containsExactly("debrief.error.timeline.link.too-long");
    }

    @Test
    void an_edit_follows_the_same_rules_and_throws_with_all_errors() {
        TimelineEdit edit = new TimelineEdit(EntryKind.COMMENT, now.plus(Duration.ofDays(3)), "", "ftp://x");

        assertThatThrownBy(() -> edit.requireValid(clock))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::field)
                                .containsExactly("kind", "at", "text", "link"));
    }
}
