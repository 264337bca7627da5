package io.debrief.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The product the plugin's wired tests ({@code it.**}, {@code @RunWith(AtlassianPluginsTestRunner)}) run in, as AMPS
 * starts Jira before atlas-integration-test: when a test plan holds an {@code it.} class and no {@code baseurl} is
 * set, a seeded sandbox (admin, projects) starts on a free port over a temporary database and {@code baseurl} names
 * it; it stops when the plan has run. Registered in META-INF/services for JUnit Platform.
 */
public final class WiredTestsHost implements TestExecutionListener {

    private static final String BASE_URL = "baseurl";

    private SandboxServer server;
    private Path dir;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty(BASE_URL) != null || !holdsWiredTests(plan)) {
            return;
        }
        try {
            dir = Files.createTempDirectory("debrief-wired");
            server = SandboxFixture.start(dir, true);
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox for the wired tests did not start", e);
        }
        System.setProperty(BASE_URL, server.baseUrl());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (server == null) {
            return;
        }
        System.clearProperty(BASE_URL);
        try {
            server.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            server = null;
        }
    }

    private static boolean holdsWiredTests(TestPlan plan) {
        return plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(java.util.Optional::stream)
                .anyMatch(source ->
                        source instanceof ClassSource c && c.getClassName().startsWith("it."));
    }
}
