package io.debrief.core.insights;

import io.debrief.core.common.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a reader asks the insights for.
 *
 * @param months  the last this many calendar months (UTC), this one included: 1..{@link #MAX_MONTHS}
 * @param project null: every project the reader may browse
 */
public record InsightsQuery(int months, String project, GroupBy groupBy) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 24;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    public InsightsQuery {
        Objects.requireNonNull(groupBy, "groupBy");
    }

    /**
     * Reads the wire parameters (null: left out): 400 naming each bad one ("months", "project", "groupBy").
     */
    public static InsightsQuery parse(String months, String project, String groupBy) {
        Validation v = new Validation();
        int count = DEFAULT_MONTHS;
        if (months != null) {
            try {
                count = Integer.parseInt(months.strip());
            } catch (NumberFormatException notANumber) {
                count = -1;
            }
            v.check(count >= 1 && count <= MAX_MONTHS, "months", "debrief.error.insights.months", 1, MAX_MONTHS);
        }
        String key = project == null || project.isBlank() ? null : project.strip();
        v.check(key == null || PROJECT_KEY.matcher(key).matches(), "project", "debrief.error.insights.project");
        GroupBy by = groupBy == null || groupBy.isBlank()
                ? GroupBy.PROJECT
                : GroupBy.fromWire(groupBy.strip()).orElse(null);
        v.check(by != null, "groupBy", "debrief.error.insights.group-by");
        v.throwIfInvalid();
        return new InsightsQuery(count, key, by);
    }
}
