package io.debrief.core.review;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.PageRequest;
import java.util.Objects;
import java.util.Set;

/**
 * What the monthly review should show.
 *
 * @param projectKeys empty: every project the viewer may browse
 * @param minAgeDays  only items at least this many days old (0: all)
 * @param filter      nullable: the dashboard item's JQL filter, narrowing the projects' items further (list and
 *                    totals alike); at most {@link #MAX_FILTER_LENGTH} characters
 */
public record ReviewQuery(
        Set<String> projectKeys,
        int minAgeDays,
        ReviewGrouping grouping,
        ReviewSort sort,
        PageRequest page,
        String filter) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_FILTER_LENGTH = 2000;

    public ReviewQuery(
            Set<String> projectKeys, int minAgeDays, ReviewGrouping grouping, ReviewSort sort, PageRequest page) {
        this(projectKeys, minAgeDays, grouping, sort, page, null);
    }

    public ReviewQuery {
        filter = filter == null || filter.isBlank() ? null : filter.strip();
        if (filter != null && filter.length() > MAX_FILTER_LENGTH) {
            throw InvalidInputException.of("jql", "debrief.error.review.jql.too.long", MAX_FILTER_LENGTH);
        }
        projectKeys = Set.copyOf(projectKeys);
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        if (minAgeDays < 0) {
            throw new IllegalArgumentException("minimum age must not be negative: " + minAgeDays);
        }
    }

    /** The same query narrowed by a JQL filter (null or blank: none). */
    public ReviewQuery withFilter(String jql) {
        return new ReviewQuery(projectKeys, minAgeDays, grouping, sort, page, jql);
    }

    /** All projects, all ages, ungrouped, oldest first, the first 50. */
    public static ReviewQuery defaults() {
        return new ReviewQuery(
                Set.of(), 0, ReviewGrouping.NONE, ReviewSort.OLDEST_FIRST, PageRequest.first(DEFAULT_PAGE_SIZE));
    }
}
