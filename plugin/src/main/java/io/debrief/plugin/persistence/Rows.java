package io.debrief.plugin.persistence;

import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Conversions between core values and row columns, and the one way this package turns a unique key into a rule. */
final class Rows {

    private Rows() {
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static UserRef user(String key, String displayName) {
        return key == null ? null : new UserRef(key, displayName);
    }

    static String key(UserRef user) {
        return user == null ? null : user.key();
    }

    static String name(UserRef user) {
        return user == null ? null : user.displayName();
    }

    /**
     * Runs an INSERT guarded by a unique column: true when it went in, false when the row already exists (another
     * node or thread was first); any other failure is rethrown. The existence check runs after the failed INSERT so
     * a unique violation is told apart from a broken database.
     *
     * <p>Call it outside any enclosing transaction: on PostgreSQL a failed INSERT aborts the surrounding transaction,
     * so inside one the existence check itself fails (loudly, never with a wrong answer).
     */
    static boolean insertUnlessPresent(Runnable insert, BooleanSupplier present) {
        try {
            insert.run();
            return true;
        } catch (RuntimeException failure) {
            if (present.getAsBoolean()) {
                return false;
            }
            throw failure;
        }
    }
}
