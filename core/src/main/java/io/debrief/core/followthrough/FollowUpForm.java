package io.debrief.core.followthrough;

import java.util.List;

/**
 * The follow-through settings as an admin sent them, every value still text, so a malformed number is refused by its
 * field in the same answer as the other mistakes.
 *
 * @param targets   nullable: none named (every priority takes {@code otherDays})
 * @param digestDay a weekday name such as MONDAY (any case)
 */
public record FollowUpForm(List<Target> targets, String otherDays, String reminderDaysBefore, String digestDay) {

    /** One priority's completion target as sent. */
    public record Target(String priority, String days) {}
}
