package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host runs the plugin's data upgrade tasks at enable, as SAL does in Jira: once per database, in build order,
 * recording the data build number in the plugin's global settings.
 */
class HostUpgradesTest {

    @TempDir
    Path dbDir;

    private static PluginSettings settings(SandboxServer server) {
        return server.bound(JiraHost.class)
                .orElseThrow()
                .component(PluginSettingsFactory.class)
                .createGlobalSettings();
    }

    @Test
    void a_new_database_is_brought_to_the_plugins_build_and_a_restart_runs_nothing_again() throws Exception {
        // when
        try (SandboxServer first = SandboxFixture.start(dbDir, false)) {
            // then: every task ran once, in build order, and the database is at the last one's build
            List<Integer> ran = first.bound(JiraHost.class).orElseThrow().upgradesRun();
            assertThat(ran).isNotEmpty().isEqualTo(buildsUpTo(ran.get(ran.size() - 1)));
            assertThat(settings(first).get(HostUpgrades.BUILD_KEY)).isEqualTo(String.valueOf(ran.get(ran.size() - 1)));
        }
        try (SandboxServer second = SandboxFixture.start(dbDir, false)) {
            assertThat(second.bound(JiraHost.class).orElseThrow().upgradesRun()).isEmpty();
        }
    }

    @Test
    void a_database_below_the_plugins_build_runs_the_missing_tasks() throws Exception {
        // given: a database recorded at build 0 (written by release 1.0)
        int latest;
        try (SandboxServer first = SandboxFixture.start(dbDir, false)) {
            latest = Integer.parseInt((String) settings(first).get(HostUpgrades.BUILD_KEY));
            settings(first).put(HostUpgrades.BUILD_KEY, "0");
        }

        // when
        try (SandboxServer again = SandboxFixture.start(dbDir, false)) {
            // then: every task from 1 to the plugin's build ran, in order
            assertThat(latest).isGreaterThanOrEqualTo(3);
            assertThat(again.bound(JiraHost.class).orElseThrow().upgradesRun()).isEqualTo(buildsUpTo(latest));
            assertThat(settings(again).get(HostUpgrades.BUILD_KEY)).isEqualTo(String.valueOf(latest));
        }
    }

    private static List<Integer> buildsUpTo(int last) {
        return java.util.stream.IntStream.rangeClosed(1, last).boxed().toList();
    }
}
