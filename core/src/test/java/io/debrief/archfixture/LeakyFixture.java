package io.debrief.archfixture;

import org.junit.jupiter.api.Assertions;

/** Deliberately breaks the core dependency rule so the architecture test can show the rule reports it. */
public final class LeakyFixture {

    public void check(Object value) {
        Assertions.assertNotNull(value);
    }
}
