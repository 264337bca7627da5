package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a measured time meets its target: the one rule the standard questions, the library and the trends use. */
class TargetsTest {

    private static final Targets TARGETS = new Targets(Duration.ofMinutes(5), Duration.ofMinutes(60));

    @Test
    void a_time_within_the_target_meets_it() {
        assertThat(Targets.met(Duration.ofMinutes(4), Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void a_time_exactly_on_the_target_meets_it() {
        assertThat(Targets.met(Duration.ofMinutes(5), Duration.ofMinutes(5))).isTrue();
        assertThat(TARGETS.detectMet(Duration.ofMinutes(5))).isTrue();
        assertThat(TARGETS.resolveMet(Duration.ofMinutes(60))).isTrue();
    }

    @Test
    void one_second_over_the_target_misses_it() {
        assertThat(Targets.met(Duration.ofSeconds(301), Duration.ofMinutes(5))).isFalse();
        assertThat(TARGETS.detectMet(Duration.ofSeconds(301))).isFalse();
        assertThat(TARGETS.resolveMet(Duration.ofMinutes(60).plusSeconds(1))).isFalse();
    }
}
