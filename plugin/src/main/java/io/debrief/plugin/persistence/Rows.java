package io.debrief.plugin.persistence;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/** Conversions between core values and row columns, and the one way this package turns a unique key into a rule. */
final class Rows {

    /** The most values one IN (...) list carries; longer lists are read in several queries. */
    static final int IN_CHUNK = 500;

    private Rows() {}

    /**
     * Calls {@code query} once per slice of at most {@link #IN_CHUNK} values, with the slice and its placeholders
     * ("?, ?, ?") for an {@code IN (...)} clause: many rows in a few queries, never one query per row.
     */
    static <T> void inChunks(List<T> values, BiConsumer<List<T>, String> query) {
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<T> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
            query.accept(chunk, String.join(", ", Collections.nCopies(chunk.size(), "?")));
        }
    }

    /** The issues by id, in the order given, the first of any repeated id kept. */
    static Map<Long, IssueRef> byId(Collection<IssueRef> issues) {
        Map<Long, IssueRef> byId = new LinkedHashMap<>();
        issues.forEach(issue -> byId.putIfAbsent(issue.id(), issue));
        return byId;
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
