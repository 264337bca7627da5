package io.debrief.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.Entity;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

/** Tables are named as Jira names them, so SQL and support notes written for the sandbox hold in Jira. */
class AtlassianTableNameConverterTest {

    @Table("TL_ENTRY")
    interface Annotated extends Entity {
    }

    interface CheckpointOutcome extends Entity {
    }

    private final AtlassianTableNameConverter names = new AtlassianTableNameConverter("0d5b1e");

    @Test
    void theTableAnnotationGivesTheNameAfterThePluginPrefix() {
        assertThat(names.getName(Annotated.class)).isEqualTo("AO_0D5B1E_TL_ENTRY");
    }

    @Test
    void withoutAnAnnotationTheInterfaceNameBecomesUpperSnakeCase() {
        assertThat(names.getName(CheckpointOutcome.class)).isEqualTo("AO_0D5B1E_CHECKPOINT_OUTCOME");
    }
}
