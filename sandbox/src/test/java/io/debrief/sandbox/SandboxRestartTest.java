package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox keeps its data and clock across restarts; --seed acts only on an empty database; --reset wipes. */
class SandboxRestartTest {

    @TempDir
    Path dbDir;

    @Test
    void a_restart_keeps_issues_and_the_clock_offset_and_does_not_seed_twice() throws Exception {
        SandboxOptions options =
                SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()).withSeed(true);
        int issues;
        try (SandboxServer first = SandboxServer.start(options)) {
            issues = first.context().issues().count();
            ((SandboxClock) first.context().clock()).advance(5);
        }

        try (SandboxServer second = SandboxServer.start(options)) {
            assertThat(second.context().issues().count()).isEqualTo(issues);
            assertThat(((SandboxClock) second.context().clock()).offset()).isEqualTo(Duration.ofDays(5));
        }
    }

    @Test
    void reset_starts_from_an_empty_database() throws Exception {
        SandboxOptions seeded =
                SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()).withSeed(true);
        try (SandboxServer first = SandboxServer.start(seeded)) {
            assertThat(first.context().issues().count()).isPositive();
        }

        try (SandboxServer second = SandboxServer.start(
                SandboxOptions.parse(java.util.List.of("--port", "0", "--db", dbDir.toString(), "--reset")))) {
            assertThat(second.context().issues().count()).isZero();
            assertThat(second.context().users().isEmpty()).isTrue();
        }
    }
}
