package io.debrief.core.followthrough;

import io.debrief.core.access.AdminAccess;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.Validation;
import io.debrief.core.tracker.IssueTracker;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The admin's follow-through settings: read, and save after every value was checked (nothing saved on any refusal).
 * Administrators only (anonymous 401, others 403).
 *
 * <p>Field names in refusals: {@code targets[i].priority}, {@code targets[i].days}, {@code otherDays},
 * {@code reminderDaysBefore}, {@code digestDay}.
 */
public final class FollowUpAdmin {

    public static final String PRIORITY_UNKNOWN = "debrief.error.settings.priority.unknown";
    public static final String PRIORITY_DUPLICATE = "debrief.error.followup.priority.duplicate";
    public static final String DAYS_RANGE = "debrief.error.followup.days.range";
    public static final String REMINDER_RANGE = "debrief.error.followup.reminder.range";
    public static final String DIGEST_DAY_INVALID = "debrief.error.followup.digestday.invalid";
    public static final String WHOLE_NUMBER = "debrief.error.field.whole.number";

    private final FollowUpSettingsStore store;
    private final IssueTracker tracker;

    /** @param tracker the priorities named must exist in it */
    public FollowUpAdmin(FollowUpSettingsStore store, IssueTracker tracker) {
        this.store = Objects.requireNonNull(store, "store");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    public FollowUpSettings read(Viewer viewer) {
        AdminAccess.require(viewer);
        return store.read();
    }

    /** Checks every value, then saves them together; returns what is now in force. */
    public FollowUpSettings save(FollowUpForm form, Viewer viewer) {
        AdminAccess.require(viewer);
        FollowUpSettings accepted = check(form);
        store.save(accepted);
        return accepted;
    }

    private FollowUpSettings check(FollowUpForm form) {
        Validation v = new Validation();
        Map<String, Integer> days = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<FollowUpForm.Target> targets = form.targets() == null ? List.of() : form.targets();
        for (int i = 0; i < targets.size(); i++) {
            FollowUpForm.Target target = targets.get(i);
            String field = "targets[" + i + "]";
            String priority = target == null || target.priority() == null
                    ? ""
                    : target.priority().strip();
            Integer count = wholeNumber(v, field + ".days", target == null ? null : target.days());
            if (priority.isEmpty()) {
                v.reject(field + ".priority", Validation.REQUIRED);
            } else if (!seen.add(priority.toLowerCase(Locale.ROOT))) {
                v.reject(field + ".priority", PRIORITY_DUPLICATE, priority);
            } else if (!tracker.has(IssueTracker.Named.PRIORITY, priority)) {
                v.reject(field + ".priority", PRIORITY_UNKNOWN, priority);
            }
            checkDays(v, field + ".days", count, target == null ? null : target.days());
            if (count != null) {
                days.put(priority, count);
            }
        }
        Integer otherDays = wholeNumber(v, "otherDays", form.otherDays());
        checkDays(v, "otherDays", otherDays, form.otherDays());
        Integer before = wholeNumber(v, "reminderDaysBefore", form.reminderDaysBefore());
        if (before == null) {
            if (isBlank(form.reminderDaysBefore())) {
                v.reject("reminderDaysBefore", Validation.REQUIRED);
            }
        } else {
            v.check(
                    before >= 0 && before <= FollowUpSettings.MAX_REMINDER_DAYS_BEFORE,
                    "reminderDaysBefore",
                    REMINDER_RANGE,
                    0,
                    FollowUpSettings.MAX_REMINDER_DAYS_BEFORE);
        }
        DayOfWeek digestDay = digestDay(v, form.digestDay());
        if (!v.isValid()) {
            throw new InvalidInputException(v.errors());
        }
        return new FollowUpSettings(new CompletionTargets(days, otherDays), before, digestDay);
    }

    /** The text as a whole number; null when blank (the caller says it is required) or refused here as no number. */
    private static Integer wholeNumber(Validation v, String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.matches("-?\\d{1,9}")) {
            v.reject(field, WHOLE_NUMBER);
            return null;
        }
        return Integer.parseInt(trimmed);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void checkDays(Validation v, String field, Integer days, String text) {
        if (days == null) {
            if (isBlank(text)) {
                v.reject(field, Validation.REQUIRED);
            }
        } else {
            v.check(
                    days >= CompletionTargets.MIN_DAYS && days <= CompletionTargets.MAX_DAYS,
                    field,
                    DAYS_RANGE,
                    CompletionTargets.MIN_DAYS,
                    CompletionTargets.MAX_DAYS);
        }
    }

    private static DayOfWeek digestDay(Validation v, String value) {
        if (value == null || value.isBlank()) {
            v.reject("digestDay", Validation.REQUIRED);
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            v.reject("digestDay", DIGEST_DAY_INVALID, value);
            return null;
        }
    }
}
