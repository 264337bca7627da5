package io.debrief.sandbox;

import java.nio.file.Path;

/** Starts an in-process sandbox for tests outside this package (feature modules' adapter tests). */
public final class SandboxFixture {

    private SandboxFixture() {}

    /** A sandbox on a free port over a database in {@code dir}; {@code seed} loads the demo data when empty. */
    public static SandboxServer start(Path dir, boolean seed) throws Exception {
        return SandboxServer.start(
                SandboxOptions.defaults().withPort(0).withDb(dir.toString()).withSeed(seed));
    }

    /** Runs {@code work} as if a request of {@code user} were being served on this thread. */
    public static <T> T as(SandboxServer server, String user, java.util.function.Supplier<T> work) {
        HostServices.CURRENT_VIEWER.set(server.context().users().viewer(java.util.Optional.of(user)));
        try {
            return work.get();
        } finally {
            HostServices.CURRENT_VIEWER.remove();
        }
    }
}
