package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import java.nio.file.Path;
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
            // then
            assertThat(settings(first).get(HostUpgrades.BUILD_KEY)).isEqualTo("2");
        }
        try (SandboxServer second = SandboxFixture.start(dbDir, false)) {
            assertThat(second.bound(JiraHost.class).orElseThrow().upgradesRun()).isEmpty();
        }
    }

    @Test
    void a_database_below_the_plugins_build_runs_the_missing_tasks() throws Exception {
        // given: a database recorded at build 0 (written by release 1.0)
        try (SandboxServer first = SandboxFixture.start(dbDir, false)) {
            settings(first).put(HostUpgrades.BUILD_KEY, "0");
        }

        // when
        try (SandboxServer again = SandboxFixture.start(dbDir, false)) {
            // then
            assertThat(again.bound(JiraHost.class).orElseThrow().upgradesRun()).containsExactly(1, 2);
            assertThat(settings(again).get(HostUpgrades.BUILD_KEY)).isEqualTo("2");
        }
    }
}
