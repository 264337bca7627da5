package io.debrief.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.Entity;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

/** Tables are named as Jira names them, so SQL and support notes written for the sandbox hold in Jira. */
class AtlassianTableNameConverterTest {

    @Table("TL_ENTRY")
    interface Annotated extends Entity {}

    interface CheckpointOutcome extends Entity {}

    private final AtlassianTableNameConverter names = AtlassianTableNameConverter.forNamespace("io.example.plugin");

    @Test
    void thePrefixReproducesWhatJiraGaveAPublishedAppFromItsPluginKey() {
        // codescape/jira-scrum-poker (Jira 11.3.1) docs/faq.md at bb652fd6: tables AO_1FA2A8_SCRUM_POKER_*
        assertThat(AtlassianTableNameConverter.prefixOf("de.codescape.jira.plugins.scrum-poker"))
                .isEqualTo("AO_1FA2A8_");
    }

    @Test
    void thePrefixIsTheLastSixHexDigitsOfTheMd5UpperCase() {
        // `printf io.example.plugin | md5sum` = 3017ce0aaef8ff8c6204b2869b727066
        assertThat(AtlassianTableNameConverter.prefixOf("io.example.plugin")).isEqualTo("AO_" + EXAMPLE_HASH + "_");
    }

    @Test
    void theTableAnnotationGivesTheNameAfterThePluginPrefix() {
        assertThat(names.getName(Annotated.class)).isEqualTo("AO_" + EXAMPLE_HASH + "_TL_ENTRY");
    }

    @Test
    void withoutAnAnnotationTheInterfaceNameBecomesUpperSnakeCase() {
        assertThat(names.getName(CheckpointOutcome.class)).isEqualTo("AO_" + EXAMPLE_HASH + "_CHECKPOINT_OUTCOME");
    }

    private static final String EXAMPLE_HASH = "727066";
}
