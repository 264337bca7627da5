package io.debrief.plugin.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every screen writes a duration one way; message arguments that are durations are written that way too. */
class DurationTextTest {

    private final Messages messages = BundleMessages.discover(Locale.ENGLISH);
    private final DurationText durations = new DurationText(messages);

    @ParameterizedTest
    @CsvSource({
        "45, 45 s",
        "60, 1 min",
        "300, 5 min",
        "3600, 1 h",
        "4380, 1 h 13 min",
        "13740, 3 h 49 min",
        "172800, 2 d 0 h",
        "187200, 2 d 4 h"
    })
    void writes_durations_short_and_exact_to_the_unit_shown(long seconds, String text) {
        assertThat(durations.of(Duration.ofSeconds(seconds))).isEqualTo(text);
    }

    @Test
    void a_suggested_action_item_reads_its_durations_as_the_page_does_not_in_seconds() {
        Object[] args = durations.arguments(List.of(Duration.ofSeconds(4380), Duration.ofSeconds(3600)));

        assertThat(messages.text("debrief.action.draft.fix-faster", args))
                .isEqualTo("Shorten the time to a full fix (took 1 h 13 min, target 1 h)");
        assertThat(durations.arguments(List.of("OPS-1", 3L))).containsExactly("OPS-1", 3L);
    }

    @Test
    void a_duration_built_on_an_approximate_moment_says_about_and_unknown_stays_unknown() {
        assertThat(durations.of(Duration.ofMinutes(12), true)).isEqualTo("about 12 min");
        assertThat(durations.of(Duration.ofMinutes(12), false)).isEqualTo("12 min");
        assertThat(durations.of(null, true)).isNull();
        assertThat(durations.arguments(List.of(
                        new io.debrief.core.incident.Approximately(Duration.ofMinutes(12)), Duration.ofMinutes(5))))
                .containsExactly("about 12 min", "5 min");
    }
}
