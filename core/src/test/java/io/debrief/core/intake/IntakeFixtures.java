package io.debrief.core.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documented example payloads under {@code src/test/resources/intake}. */
public final class IntakeFixtures {

    private IntakeFixtures() {}

    public static String fixture(String name) {
        try (InputStream in = IntakeFixtures.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
