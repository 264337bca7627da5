package io.debrief.plugin.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many items fall on each day (epoch days), written as text for {@link ItemTotalsEntity} ({@code "day:count"}
 * pairs separated by {@code ';'}, days ascending) and added up across projects into one array over the days they
 * span, so totals and the median are one walk over days, not over items.
 */
final class DayCounts {

    private final long[] days;
    private final long[] counts;

    private DayCounts(long[] days, long[] counts) {
        this.days = days;
        this.counts = counts;
    }

    /** The counts of these days (one entry per item, any order). */
    static DayCounts of(long[] itemDays) {
        long[] sorted = itemDays.clone();
        Arrays.sort(sorted);
        long[] days = new long[sorted.length];
        long[] counts = new long[sorted.length];
        int size = 0;
        for (long day : sorted) {
            if (size > 0 && days[size - 1] == day) {
                counts[size - 1]++;
            } else {
                days[size] = day;
                counts[size] = 1;
                size++;
            }
        }
        return new DayCounts(Arrays.copyOf(days, size), Arrays.copyOf(counts, size));
    }

    /** Reads what {@link #text()} wrote; null or empty: no day. */
    static DayCounts parse(String text) {
        if (text == null || text.isEmpty()) {
            return new DayCounts(new long[0], new long[0]);
        }
        int pairs = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';') {
                pairs++;
            }
        }
        long[] days = new long[pairs];
        long[] counts = new long[pairs];
        int at = 0;
        for (int pair = 0; pair < pairs; pair++) {
            int colon = text.indexOf(':', at);
            int end = text.indexOf(';', colon);
            end = end < 0 ? text.length() : end;
            days[pair] = Long.parseLong(text, at, colon, 10);
            counts[pair] = Long.parseLong(text, colon + 1, end, 10);
            at = end + 1;
        }
        return new DayCounts(days, counts);
    }

    /** How many items fall on exactly this day. */
    long on(long day) {
        int at = Arrays.binarySearch(days, day);
        return at < 0 ? 0 : counts[at];
    }

    String text() {
        StringBuilder out = new StringBuilder(days.length * 10);
        for (int i = 0; i < days.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(days[i]).append(':').append(counts[i]);
        }
        return out.toString();
    }

    /** The counts of several projects added up, day by day. */
    static final class Sum {
        private final long first;
        private final long[] perDay;

        private Sum(long first, long[] perDay) {
            this.first = first;
            this.perDay = perDay;
        }

        static Sum of(List<DayCounts> parts) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (DayCounts part : parts) {
                if (part.days.length > 0) {
                    min = Math.min(min, part.days[0]);
                    max = Math.max(max, part.days[part.days.length - 1]);
                }
            }
            if (min > max) {
                return new Sum(0, new long[0]);
            }
            long[] perDay = new long[Math.toIntExact(max - min + 1)];
            for (DayCounts part : parts) {
                for (int i = 0; i < part.days.length; i++) {
                    perDay[(int) (part.days[i] - min)] += part.counts[i];
                }
            }
            return new Sum(min, perDay);
        }

        /** How many items fall on or before the day. */
        long onOrBefore(long day) {
            long total = 0;
            for (int i = 0; i < perDay.length && first + i <= day; i++) {
                total += perDay[i];
            }
            return total;
        }

        long total() {
            return onOrBefore(Long.MAX_VALUE - 1);
        }

        /** The sum as counts per day (days with none left out). */
        DayCounts counts() {
            int size = 0;
            for (long count : perDay) {
                if (count > 0) {
                    size++;
                }
            }
            long[] days = new long[size];
            long[] counts = new long[size];
            int at = 0;
            for (int i = 0; i < perDay.length; i++) {
                if (perDay[i] > 0) {
                    days[at] = first + i;
                    counts[at++] = perDay[i];
                }
            }
            return new DayCounts(days, counts);
        }

        /** The day of the item at this place (0 = earliest) when the items are ordered by day; empty past the end. */
        OptionalLong dayAt(long place) {
            long seen = 0;
            for (int i = 0; i < perDay.length; i++) {
                seen += perDay[i];
                if (place < seen) {
                    return OptionalLong.of(first + i);
                }
            }
            return OptionalLong.empty();
        }
    }
}
