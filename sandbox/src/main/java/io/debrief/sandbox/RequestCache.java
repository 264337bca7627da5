package io.debrief.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the hosted Jira reads once per HTTP request (users, a user's rights, the projects), as Jira serves them from its
 * caches instead of the database on every call. Scoped to the request, so a user, right or project added now counts
 * from the next request on, on every node of a cluster sharing the database; outside a request (jobs, seeding) every
 * call reads the tables as before.
 */
public final class RequestCache {

    private static final ThreadLocal<Map<Object, Object>> VALUES = new ThreadLocal<>();

    private RequestCache() {}

    /** The value read for {@code key} earlier in this request, else {@code read}'s (kept for the request). */
    @SuppressWarnings("unchecked")
    public static <T> T perRequest(Object key, Supplier<T> read) {
        Map<Object, Object> values = VALUES.get();
        if (values == null) {
            return read.get();
        }
        Object found = values.get(key);
        if (found == null) {
            found = read.get();
            values.put(key, found);
        }
        return (T) found;
    }

    static void open() {
        VALUES.set(new HashMap<>());
    }

    static void close() {
        VALUES.remove();
    }
}
