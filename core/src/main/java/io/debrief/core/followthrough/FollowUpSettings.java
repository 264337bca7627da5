package io.debrief.core.followthrough;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * The follow-through settings: completion targets by priority, how many days before its due date an assignee is
 * reminded, and on which weekday each project's lead gets the weekly digest.
 */
public record FollowUpSettings(CompletionTargets targets, int reminderDaysBefore, DayOfWeek digestDay) {

    public static final int DEFAULT_REMINDER_DAYS_BEFORE = 3;
    public static final int MAX_REMINDER_DAYS_BEFORE = 60;

    public static final FollowUpSettings DEFAULTS =
            new FollowUpSettings(CompletionTargets.DEFAULTS, DEFAULT_REMINDER_DAYS_BEFORE, DayOfWeek.MONDAY);

    public FollowUpSettings {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(digestDay, "digestDay");
    }
}
