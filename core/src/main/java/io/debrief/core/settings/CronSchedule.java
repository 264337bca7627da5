package io.debrief.core.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a text is a cron expression Jira's scheduler accepts (Quartz syntax): seconds, minutes, hours,
 * day-of-month, month, day-of-week and an optional year; each field {@code *}, a value, a range {@code a-b}, a step
 * {@code x/n}, or a list of those; months and weekdays also by name (JAN, MON); exactly one of day-of-month and
 * day-of-week is {@code ?}; day-of-month also {@code L}, {@code L-n}, {@code nW}, {@code LW}; day-of-week also
 * {@code nL} and {@code n#k}. Checked when an admin saves it, so the job is never scheduled with one Jira refuses.
 */
public final class CronSchedule {

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    /** Field: smallest and largest value, and the names it accepts (index + 1 is the value). */
    private record Field(int min, int max, List<String> names) {}

    private static final Map<Integer, Field> FIELDS = Map.of(
            0, new Field(0, 59, List.of()),
            1, new Field(0, 59, List.of()),
            2, new Field(0, 23, List.of()),
            3, new Field(1, 31, List.of()),
            4, new Field(1, 12, MONTHS),
            5, new Field(1, 7, DAYS),
            6, new Field(1970, 2099, List.of()));

    private static final int DAY_OF_MONTH = 3;
    private static final int DAY_OF_WEEK = 5;
    private static final int MAX_LENGTH = 200;

    private CronSchedule() {}

    public static boolean isValid(String expression) {
        if (expression == null || expression.isBlank() || expression.length() > MAX_LENGTH) {
            return false;
        }
        String[] parts = expression.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 6 && parts.length != 7) {
            return false;
        }
        boolean domAny = parts[DAY_OF_MONTH].equals("?");
        boolean dowAny = parts[DAY_OF_WEEK].equals("?");
        if (domAny == dowAny) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!field(i, parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean field(int index, String text) {
        if (text.equals("?")) {
            return index == DAY_OF_MONTH || index == DAY_OF_WEEK;
        }
        if (index == DAY_OF_MONTH && special(text, true)) {
            return true;
        }
        if (index == DAY_OF_WEEK && special(text, false)) {
            return true;
        }
        for (String item : text.split(",", -1)) {
            if (!item(FIELDS.get(index), item)) {
                return false;
            }
        }
        return true;
    }

    /** L, L-n, nW, LW in day-of-month; nL, n#k in day-of-week. */
    private static boolean special(String text, boolean dayOfMonth) {
        if (dayOfMonth) {
            if (text.equals("L") || text.equals("LW")) {
                return true;
            }
            if (text.startsWith("L-")) {
                return inRange(text.substring(2), 0, 30);
            }
            if (text.endsWith("W")) {
                return inRange(text.substring(0, text.length() - 1), 1, 31);
            }
            return false;
        }
        if (text.equals("L")) {
            return true;
        }
        if (text.endsWith("L")) {
            return value(FIELDS.get(DAY_OF_WEEK), text.substring(0, text.length() - 1)) != null;
        }
        int hash = text.indexOf('#');
        if (hash > 0) {
            return value(FIELDS.get(DAY_OF_WEEK), text.substring(0, hash)) != null
                    && inRange(text.substring(hash + 1), 1, 5);
        }
        return false;
    }

    private static boolean item(Field field, String item) {
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            if (!inRange(item.substring(slash + 1), 1, field.max())) {
                return false;
            }
            range = item.substring(0, slash);
        }
        if (range.equals("*")) {
            return true;
        }
        int dash = range.indexOf('-');
        if (dash > 0) {
            Integer from = value(field, range.substring(0, dash));
            Integer to = value(field, range.substring(dash + 1));
            return from != null && to != null;
        }
        return value(field, range) != null;
    }

    private static Integer value(Field field, String text) {
        int named = field.names().indexOf(text);
        if (named >= 0) {
            return named + 1;
        }
        return inRange(text, field.min(), field.max()) ? Integer.parseInt(text) : null;
    }

    private static boolean inRange(String text, int min, int max) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(text);
        return value >= min && value <= max;
    }
}
