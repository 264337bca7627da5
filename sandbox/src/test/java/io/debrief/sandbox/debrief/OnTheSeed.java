package io.debrief.sandbox.debrief;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.jira.JiraCounts;
import io.debrief.sandbox.jira.JiraHost;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded sandbox for one test class, on an embedded database of its own, with what its hosted Jira counts (issue
 * 17's cost tests: searches, issues returned, issues loaded and permission checks one by one, link reads).
 */
abstract class OnTheSeed {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static JiraCounts counts;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSeededSandbox() throws Exception {
        server = SandboxFixture.start(dbDir, true);
        counts = server.bound(JiraHost.class).orElseThrow().component(JiraCounts.class);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }
}
