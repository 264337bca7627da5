package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.incident.Phase;
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

    @Test
    void by_default_only_detect_and_resolve_have_targets() {
        assertThat(Targets.DEFAULT.of(Phase.DETECT)).contains(Duration.ofMinutes(5));
        assertThat(Targets.DEFAULT.of(Phase.RESOLVE)).contains(Duration.ofMinutes(60));
        assertThat(Targets.DEFAULT.of(Phase.ACKNOWLEDGE)).isEmpty();
        assertThat(Targets.DEFAULT.of(Phase.MITIGATE)).isEmpty();
        assertThat(Targets.DEFAULT.of(Phase.CUSTOMER_IMPACT)).isEmpty();
    }

    @Test
    void a_project_may_set_targets_to_acknowledge_and_mitigate() {
        // given
        Targets targets = TARGETS.withOptional(Duration.ofMinutes(2), Duration.ofMinutes(20));

        // then
        assertThat(targets.of(Phase.ACKNOWLEDGE)).contains(Duration.ofMinutes(2));
        assertThat(targets.met(Phase.ACKNOWLEDGE, Duration.ofMinutes(2))).contains(true);
        assertThat(targets.met(Phase.MITIGATE, Duration.ofMinutes(21))).contains(false);
        assertThat(targets.met(Phase.CUSTOMER_IMPACT, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void an_optional_target_when_set_must_be_positive() {
        assertThatThrownBy(() -> TARGETS.withOptional(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TARGETS.withOptional(null, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
