package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host's small parts: flags, Atlassian table names, reading atlassian-plugin.xml. */
class SandboxUnitsTest {

    @Test
    void flags_default_to_port_2990_and_the_sandbox_data_folder() {
        SandboxOptions o = SandboxOptions.parse(List.of());

        assertThat(o.port()).isEqualTo(2990);
        assertThat(o.db()).isEqualTo("sandbox-data");
        assertThat(o.seed()).isFalse();
        assertThat(o.reset()).isFalse();
    }

    @Test
    void flags_are_read_in_any_order() {
        SandboxOptions o =
                SandboxOptions.parse(List.of("--seed", "--db", "jdbc:postgresql://h/db", "--port", "0", "--reset"));

        assertThat(o).isEqualTo(new SandboxOptions(0, "jdbc:postgresql://h/db", null, null, true, true));
    }

    @Test
    void unknown_or_incomplete_flags_are_refused() {
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--prot", "1")))
                .hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--db"))).hasMessageContaining("--db needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--port", "70000")))
                .hasMessageContaining("0-65535");
    }

    @Test
    void a_second_node_shares_a_postgresql_database_on_the_next_port_and_may_not_reset_it() {
        SandboxOptions second = SandboxOptions.parse(List.of("--node", "2", "--db", "jdbc:postgresql://h/db"));

        assertThat(second.port()).isEqualTo(2991);
        assertThat(second.nodeId()).isEqualTo("node2");
        assertThat(SandboxOptions.parse(List.of("--node", "2", "--port", "0", "--db", "jdbc:postgresql://h/db"))
                        .port())
                .isZero();
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--node", "2"))).hasMessageContaining("PostgreSQL");
        assertThatThrownBy(
                        () -> SandboxOptions.parse(List.of("--node", "2", "--reset", "--db", "jdbc:postgresql://h/db")))
                .hasMessageContaining("only node 1 may reset");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--node", "0"))).hasMessageContaining("1-9");
    }

    @Test
    void tables_are_named_like_jiras_active_objects_tables() {
        AtlassianTableNames names = new AtlassianTableNames("io.debrief.debrief-plugin");

        assertThat(names.getName(SandboxIssueEntity.class)).matches("AO_[0-9A-F]{6}_SB_ISSUE");
        assertThat(AtlassianTableNames.upperSnake("TimelineEntry")).isEqualTo("TIMELINE_ENTRY");
        assertThat(AtlassianTableNames.prefix("a")).isNotEqualTo(AtlassianTableNames.prefix("b"));
    }

    @Test
    void the_plugin_descriptor_gives_ao_entities_and_downloadable_web_resources() {
        String xml = """
                <atlassian-plugin key="${atlassian.plugin.key}" name="x" plugins-version="2">
                  <web-resource key="debrief-page">
                    <resource type="download" name="debrief.js" location="web/js/debrief.js"/>
                    <resource type="download" name="debrief.css" location="web/css/debrief.css"/>
                    <resource type="soy" name="x.soy" location="soy/x.soy"/>
                  </web-resource>
                  <ao key="ao">
                    <entity>io.debrief.plugin.persistence.TimelineEntryEntity</entity>
                    <entity>io.debrief.plugin.persistence.DebriefEntity</entity>
                  </ao>
                </atlassian-plugin>""";

        PluginDescriptor d = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(d.pluginKey()).isEqualTo(PluginDescriptor.DEFAULT_PLUGIN_KEY);
        assertThat(d.aoEntityClassNames())
                .containsExactly(
                        "io.debrief.plugin.persistence.TimelineEntryEntity",
                        "io.debrief.plugin.persistence.DebriefEntity");
        assertThat(d.webResources().files(List.of(), List.of(d.pluginKey() + ":debrief-page")))
                .containsExactly("web/js/debrief.js", "web/css/debrief.css");
    }

    @Test
    void without_a_plugin_descriptor_there_are_no_plugin_entities() {
        PluginDescriptor d = PluginDescriptor.fromClasspath(new ClassLoader(null) {});

        assertThat(d.aoEntityClassNames()).isEmpty();
        assertThat(d.webResources().modules()).isEmpty();
    }

    @Test
    void i18n_reads_every_bundle_on_the_classpath_fills_arguments_and_shows_unknown_keys_as_themselves() {
        I18n i18n = I18n.fromClasspath(getClass().getClassLoader());

        assertThat(i18n.getText("sandbox.tab.details")).isEqualTo("Details");
        assertThat(i18n.getText("probe.panel.text", "OPS-1", "bob")).isEqualTo("Probe of OPS-1 for bob");
        assertThat(i18n.getText("debrief.no.such.key")).isEqualTo("debrief.no.such.key");
        // MessageFormat even without arguments, as Jira: bundles write a quote as ''
        assertThat(i18n.getText("probe.quote")).isEqualTo("It's the process, not a person");
    }
}
