package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sandbox on PostgreSQL ({@code --db jdbc:postgresql://...}). Runs when {@code debrief.test.pg.url} is set:
 * {@code ./dev test} and CI set it after starting a local PostgreSQL 15.
 */
@EnabledIfSystemProperty(named = "debrief.test.pg.url", matches = "jdbc:postgresql:.+")
class PostgresSandboxTest {

    @Test
    void a_reset_and_seeded_sandbox_serves_its_issues_from_postgresql() throws Exception {
        List<String> args = new ArrayList<>(
                List.of("--port", "0", "--reset", "--seed", "--db", System.getProperty("debrief.test.pg.url")));
        String user = System.getProperty("debrief.test.pg.user", "");
        if (!user.isBlank()) {
            args.addAll(
                    List.of("--db-user", user, "--db-password", System.getProperty("debrief.test.pg.password", "")));
        }

        try (SandboxServer server = SandboxServer.start(SandboxOptions.parse(args))) {
            var response = SandboxHttp.as(server, "carol").get("/rest/sandbox/1.0/issues?type=Incident");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"key\":\"OPS-1\"").doesNotContain("\"projectKey\":\"PAY\"");
            assertThat(server.context().issues().byKey("PAY-3")).isPresent();
        }
    }
}
