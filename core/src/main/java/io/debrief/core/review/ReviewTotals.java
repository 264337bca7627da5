package io.debrief.core.review;

import java.util.OptionalDouble;

/**
 * The monthly review's headline numbers.
 *
 * @param completionRate share of the items closed this month that were closed by their due date; empty when none
 *                       were closed
 * @param medianAgeDays  median age of the open items; empty when none are open
 */
public record ReviewTotals(
        long open, long overdue, long closedThisMonth, OptionalDouble completionRate, OptionalDouble medianAgeDays) {}
