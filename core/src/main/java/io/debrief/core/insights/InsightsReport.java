package io.debrief.core.insights;

import io.debrief.core.settings.Targets;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The insights over the last months, as the viewer may see them.
 *
 * @param months  the months, oldest first, each over every group
 * @param groups  the same figures per group over the whole range, by group key
 * @param total   over every group and month
 * @param openItemAges the open items of the counted incidents by age, in {@link #AGE_BUCKETS}; per group in
 *                {@link Group#openItemAges()}
 * @param repeats the most recent repeats, oldest first: earlier incident, later one, the component they share;
 *                each later incident with its nearest earlier ones (how many repeats there were is in the figures)
 * @param targets the targets to draw as reference lines: the project's when one project was asked for, else the
 *                defaults (each incident is judged against its own project's targets)
 */
public record InsightsReport(
        GroupBy groupBy,
        TeamRule team,
        List<Month> months,
        List<Group> groups,
        Figures total,
        List<Integer> openItemAges,
        List<Repeat> repeats,
        Targets targets) {

    /** Open items' ages in days: the lower bound of each bucket (the last is open-ended). */
    public static final List<Integer> AGE_BUCKETS = List.of(0, 8, 31, 91, 181);

    /** At most this many pairs are listed (the most recent). */
    public static final int MAX_PAIRS = 200;

    /** A repeat is listed with at most this many earlier incidents, the nearest first. */
    public static final int MAX_EARLIER_PER_REPEAT = 3;

    public InsightsReport {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(team, "team");
        months = List.copyOf(months);
        groups = List.copyOf(groups);
        Objects.requireNonNull(total, "total");
        openItemAges = List.copyOf(openItemAges);
        repeats = List.copyOf(repeats);
        Objects.requireNonNull(targets, "targets");
    }

    public record Month(YearMonth month, Figures figures) {}

    /** @param key the project key, "PROJECT/component", or the team; "" for incidents with none */
    public record Group(String key, Figures figures, List<Integer> openItemAges) {
        public Group {
            openItemAges = List.copyOf(openItemAges);
        }
    }

    public record Repeat(String earlier, String later, String component, YearMonth month) {}
}
