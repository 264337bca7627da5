package io.debrief.sandbox;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar debrief-sandbox.jar [--port N] [--db DIR|jdbc:...] [--seed] [--reset]}; Ctrl-C stops it. */
final class SandboxMain {

    private SandboxMain() {}

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SandboxServer server = SandboxServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                            } catch (Exception e) {
                                System.err.println("sandbox did not stop cleanly: " + e);
                            }
                            stopped.countDown();
                        },
                        "sandbox-stop"));
        System.out.printf(
                "Debrief sandbox ready in %d ms at %s/ (port %d); Ctrl-C stops it.%n",
                (System.nanoTime() - started) / 1_000_000, server.baseUrl(), server.port());
        stopped.await();
    }
}
