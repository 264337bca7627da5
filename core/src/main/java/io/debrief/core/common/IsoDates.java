package io.debrief.core.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads calendar dates typed as YYYY-MM-DD, recording a malformed one on its field instead of failing. */
public final class IsoDates {

    /** Argument {0}: an example of the expected form. */
    public static final String DATE_INVALID = "debrief.error.field.date.invalid";

    public static final String EXAMPLE = "2026-11-24";

    private IsoDates() {}

    /** The date, or null when blank or malformed (malformed is recorded on {@code field}). */
    public static LocalDate parse(Validation v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            v.reject(field, DATE_INVALID, EXAMPLE);
            return null;
        }
    }
}
