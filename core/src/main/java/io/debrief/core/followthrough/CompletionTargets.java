package io.debrief.core.followthrough;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many days an action item has to be done in, by its priority: the rule a new item's due date comes from when
 * nobody gives one. Priority names match case-insensitively, as Jira matches them; a priority not named takes
 * {@code otherDays}.
 *
 * <p>The defaults follow Atlassian's incident handbook (priority actions within 4 or 8 weeks): Highest and High 28
 * days, every other priority (and an item without one) 56 days.
 *
 * @param daysByPriority days per priority name, keys as the admin wrote them
 * @param otherDays      days for any priority not named, and for an item with no priority
 */
public record CompletionTargets(Map<String, Integer> daysByPriority, int otherDays) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 730;

    public static final CompletionTargets DEFAULTS = new CompletionTargets(Map.of("Highest", 28, "High", 28), 56);

    public CompletionTargets {
        Objects.requireNonNull(daysByPriority, "daysByPriority");
        // sorted by name so the admin page and the stored form list them in one order
        daysByPriority = java.util.Collections.unmodifiableMap(new TreeMap<>(daysByPriority));
    }

    /** The days allowed for an item of this priority (null: none). */
    public int daysFor(String priority) {
        if (priority == null || priority.isBlank()) {
            return otherDays;
        }
        String wanted = priority.strip().toLowerCase(Locale.ROOT);
        return daysByPriority.entrySet().stream()
                .filter(target -> target.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(otherDays);
    }

    /** The due date of an item of this priority created on {@code createdOn}. */
    public LocalDate dueFor(String priority, LocalDate createdOn) {
        return createdOn.plusDays(daysFor(priority));
    }
}
