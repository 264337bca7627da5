package io.debrief.core.review;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one calendar month (UTC) went: incidents resolved in it that have a held or published debrief.
 *
 * @param medianSecondsToDetect  median time to detect over the incidents whose start and detection are known
 * @param medianSecondsToResolve median time to resolve over the incidents whose start and resolution are known
 * @param heldOnTime             debriefs held within 72 hours of the resolution
 */
public record TrendMonth(
        YearMonth month,
        int debriefs,
        OptionalDouble medianSecondsToDetect,
        OptionalDouble medianSecondsToResolve,
        Ratio detectWithinTarget,
        Ratio resolveWithinTarget,
        Ratio heldOnTime,
        Ratio actionItemsClosed) {

    public TrendMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(medianSecondsToDetect, "medianSecondsToDetect");
        Objects.requireNonNull(medianSecondsToResolve, "medianSecondsToResolve");
        Objects.requireNonNull(detectWithinTarget, "detectWithinTarget");
        Objects.requireNonNull(resolveWithinTarget, "resolveWithinTarget");
        Objects.requireNonNull(heldOnTime, "heldOnTime");
        Objects.requireNonNull(actionItemsClosed, "actionItemsClosed");
    }

    /** How many of how many; the rate is empty when there is nothing to count. */
    public record Ratio(int count, int of) {

        public static final Ratio NONE = new Ratio(0, 0);

        public Ratio {
            if (count < 0 || of < count) {
                throw new IllegalArgumentException("ratio " + count + "/" + of);
            }
        }

        public OptionalDouble rate() {
            return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
        }

        Ratio plus(boolean counted) {
            return new Ratio(count + (counted ? 1 : 0), of + 1);
        }

        Ratio plus(int moreCounted, int moreOf) {
            return new Ratio(count + moreCounted, of + moreOf);
        }
    }
}
