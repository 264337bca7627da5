package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.rest.RestProviders;
import io.debrief.sandbox.RestComponents;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's {@code rest} module served as REST v2 serves it: the classes come from scanning the plugin's bundle
 * (atlassian-plugin.xml names no {@code <package>}), the instances from the plugin's Spring container.
 */
class PluginRestTest {

    @TempDir
    static java.nio.file.Path dbDir;

    static SandboxServer server;
    static JiraHost jira;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxFixture.start(dbDir, false);
        jira = server.bound(JiraHost.class).orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void the_rest_module_is_mounted_at_its_path_and_version() {
        assertThat(jira.rest()).extracting(RestComponents::mount).containsExactly("/rest/debrief/1.0");
    }

    @Test
    void the_scan_finds_the_plugins_providers_as_its_own_list_names_them() {
        RestComponents rest = jira.rest().get(0);

        assertThat(rest.providers())
                .extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(RestProviders.classes());
    }

    @Test
    void the_scan_finds_only_the_plugins_public_path_classes_not_its_tests_nor_the_hosts() {
        List<Class<?>> resources = List.copyOf(jira.rest().get(0).resources().keySet());

        assertThat(resources).isNotEmpty().allSatisfy(type -> {
            assertThat(type.getName()).startsWith("io.debrief.plugin.");
            assertThat(type).hasAnnotation(Path.class);
            assertThat(type.getProtectionDomain().getCodeSource().getLocation())
                    .isEqualTo(RestProviders.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation());
        });
        assertThat(resources).extracting(Class::getSimpleName).contains("SettingsResource", "IncidentDebriefResource");
    }

    @Test
    void each_request_gets_a_resource_built_by_the_plugins_container() {
        var factory = jira.rest().get(0).resources().values().iterator().next();

        Object first = factory.get();
        Object second = factory.get();

        assertThat(first).isNotSameAs(second);
        assertThat(first.getClass().getName()).startsWith("io.debrief.plugin.");
    }
}
