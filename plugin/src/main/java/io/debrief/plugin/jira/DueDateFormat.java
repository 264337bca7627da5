package io.debrief.plugin.jira;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats a due date the way {@code IssueInputParameters.setDueDate(String)} parses it: Jira's date-picker format.
 *
 * <p>RISK (unconfirmed): Jira's default date-picker format is {@code d/MMM/yy} in English; an instance that changed
 * {@code jira.date.picker.java.format} parses differently. Isolated here so the real build can read the format from
 * Jira's ApplicationProperties (not stood in) without touching callers.
 */
final class DueDateFormat {

    static final String DEFAULT_PATTERN = "d/MMM/yy";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(DEFAULT_PATTERN, Locale.ENGLISH);

    private DueDateFormat() {
    }

    static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
