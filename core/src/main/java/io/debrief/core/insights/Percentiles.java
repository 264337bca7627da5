package io.debrief.core.insights;

import java.util.OptionalDouble;

/** Median and 90th percentile of sorted values. */
public final class Percentiles {

    private Percentiles() {}

    /** The middle value; the mean of the middle two for an even count (as the review's median); empty for none. */
    public static OptionalDouble median(long[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1
                ? OptionalDouble.of(sorted[middle])
                : OptionalDouble.of((sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    /** Nearest rank: the value at rank ceil(0.9 n), 1-based, so it is always one of the values; empty for none. */
    public static OptionalDouble p90(long[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int rank = (int) Math.ceil(0.9 * sorted.length);
        return OptionalDouble.of(sorted[rank - 1]);
    }
}
