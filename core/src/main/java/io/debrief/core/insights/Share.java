package io.debrief.core.insights;

import java.util.OptionalDouble;

/** How many of how many met something; the rate is empty when there is nothing to count. */
public record Share(int met, int of) {

    public static final Share NONE = new Share(0, 0);

    public Share {
        if (met < 0 || of < met) {
            throw new IllegalArgumentException("share " + met + "/" + of);
        }
    }

    public OptionalDouble rate() {
        return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / of);
    }

    Share plus(boolean counted) {
        return new Share(met + (counted ? 1 : 0), of + 1);
    }
}
