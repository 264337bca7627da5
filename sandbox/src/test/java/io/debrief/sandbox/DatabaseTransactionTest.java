package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's transaction covers the host's own writes inside it: all or nothing. */
class DatabaseTransactionTest {

    @TempDir
    Path dbDir;

    @Test
    void a_failure_after_a_nested_write_rolls_back_the_whole_transaction() throws Exception {
        try (SandboxServer server =
                SandboxServer.start(SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()))) {
            SandboxContext host = server.context();
            host.users().createProject("OPS", "Operations");

            assertThatThrownBy(() -> host.inTransaction(() -> {
                        host.issues()
                                .create(NewIssue.of("OPS", SandboxIssue.INCIDENT, "written, then undone", Instant.EPOCH)
                                        .labelled("debrief")
                                        .build());
                        throw new IllegalStateException("the module's next step fails");
                    }))
                    .hasMessage("the module's next step fails");

            assertThat(host.issues().count()).isZero();
            assertThat(host.issues().labelled("debrief")).isEmpty();
        }
    }

    @Test
    void the_plugin_stores_active_objects_transactions_and_the_host_transactions_are_one() throws Exception {
        try (SandboxServer server =
                SandboxServer.start(SandboxOptions.defaults().withPort(0).withDb(dbDir.toString()))) {
            SandboxContext host = server.context();
            host.users().createProject("OPS", "Operations");

            assertThatThrownBy(() -> host.inTransaction(() -> {
                        host.activeObjects()
                                .executeInTransaction(() -> host.issues()
                                        .create(NewIssue.of(
                                                        "OPS",
                                                        SandboxIssue.INCIDENT,
                                                        "written by a store, then undone",
                                                        Instant.EPOCH)
                                                .build()));
                        throw new IllegalStateException("the seed's next step fails");
                    }))
                    .hasMessage("the seed's next step fails");

            assertThat(host.issues().count()).isZero();
        }
    }
}
