package io.debrief.core.common;

/** Which slice of a long list to read: an offset and a bounded size (never "everything"). */
public record PageRequest(int start, int limit) {

    /** The most rows any single page may ask for. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: " + start);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public PageRequest next() {
        return new PageRequest(start + limit, limit);
    }
}
