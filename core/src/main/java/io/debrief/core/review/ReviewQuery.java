package io.debrief.core.review;

import io.debrief.core.common.PageRequest;
import java.util.Objects;
import java.util.Set;

/**
 * What the monthly review should show.
 *
 * @param projectKeys empty: every project the viewer may browse
 * @param minAgeDays  only items at least this many days old (0: all)
 */
public record ReviewQuery(Set<String> projectKeys, int minAgeDays, ReviewGrouping grouping, ReviewSort sort,
                          PageRequest page) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    public ReviewQuery {
        projectKeys = Set.copyOf(projectKeys);
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        if (minAgeDays < 0) {
            throw new IllegalArgumentException("minimum age must not be negative: " + minAgeDays);
        }
    }

    /** All projects, all ages, ungrouped, oldest first, the first 50. */
    public static ReviewQuery defaults() {
        return new ReviewQuery(Set.of(), 0, ReviewGrouping.NONE, ReviewSort.OLDEST_FIRST,
                PageRequest.first(DEFAULT_PAGE_SIZE));
    }
}
