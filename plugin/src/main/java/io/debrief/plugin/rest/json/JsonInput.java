package io.debrief.plugin.rest.json;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.Validation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the fields of a request DTO into domain values, collecting every problem under its field name and throwing
 * one {@link InvalidInputException} at the end, so the reader sees all mistakes at once.
 *
 * <pre>{@code
 * JsonInput in = new JsonInput();
 * Instant at = in.instant("at", body.at());
 * Source source = in.enumValue("source", body.source(), Source.class);
 * in.throwIfInvalid();
 * }</pre>
 *
 * <p>Instants travel as ISO-8601 strings ({@code 2026-11-24T10:15:30Z}); enums by their {@link JsonOutput#wireName
 * wire name}.
 */
public final class JsonInput {

    /** A required field is absent or blank. Argument: none. */
    public static final String REQUIRED = Validation.REQUIRED;
    /** Not an ISO-8601 instant. Argument {0}: an example of the expected form. */
    public static final String INSTANT_INVALID = "debrief.error.field.instant.invalid";
    /** Not one of the allowed values. Argument {0}: the allowed wire names, comma separated. */
    public static final String VALUE_UNKNOWN = "debrief.error.field.value.unknown";
    /** Text longer than allowed. Argument {0}: the maximum length. */
    public static final String TOO_LONG = Validation.TOO_LONG;
    /** Not a whole number in range. Arguments {0}, {1}: the smallest and largest allowed. */
    public static final String WHOLE_NUMBER = "debrief.error.field.whole.number";

    static final String INSTANT_EXAMPLE = "2026-11-24T10:15:30Z";

    private final Validation validation = new Validation();

    /** A required instant; null when absent or malformed (the problem is recorded). */
    public Instant instant(String field, String value) {
        if (isBlank(value)) {
            validation.reject(field, REQUIRED);
            return null;
        }
        return parseInstant(field, value);
    }

    /** An optional instant: empty when absent, empty and recorded when malformed. */
    public Optional<Instant> optionalInstant(String field, String value) {
        return isBlank(value) ? Optional.empty() : Optional.ofNullable(parseInstant(field, value));
    }

    /** A required enum constant given by its wire name; null when absent or unknown (the problem is recorded). */
    public <E extends Enum<E>> E enumValue(String field, String wireName, Class<E> type) {
        if (isBlank(wireName)) {
            validation.reject(field, REQUIRED);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (JsonOutput.wireName(constant).equals(wireName)) {
                return constant;
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants()).map(JsonOutput::wireName).collect(Collectors.joining(", "));
        validation.reject(field, VALUE_UNKNOWN, allowed);
        return null;
    }

    /** Required text, stripped, at most {@code maxLength} characters; null when refused (the problem is recorded). */
    public String text(String field, String value, int maxLength) {
        if (isBlank(value)) {
            validation.reject(field, REQUIRED);
            return null;
        }
        return limited(field, value.strip(), maxLength);
    }

    /** Optional text: empty when absent or blank, otherwise as {@link #text}. */
    public Optional<String> optionalText(String field, String value, int maxLength) {
        return isBlank(value) ? Optional.empty() : Optional.ofNullable(limited(field, value.strip(), maxLength));
    }

    /**
     * A whole number in {@code min..max}, as the request wrote it: request records declare numbers as
     * {@code String}, which Jackson fills with the JSON number's own text ({@code 1}, {@code 1.5}, {@code 1e3}), so
     * nothing is coerced on the way. Null when absent (recorded as missing if {@code required}) or refused (recorded).
     */
    public Long wholeNumber(String field, String value, long min, long max, boolean required) {
        if (isBlank(value)) {
            if (required) {
                validation.reject(field, REQUIRED);
            }
            return null;
        }
        String text = value.strip();
        if (text.matches("-?[0-9]{1,19}")) {
            try {
                long parsed = Long.parseLong(text);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException overflow) {
                // past 64 bits: refused below like any number out of range
            }
        }
        validation.reject(field, WHOLE_NUMBER, min, max);
        return null;
    }

    /**
     * An optional true/false, as the request wrote it (a JSON boolean read into a {@code String} field): false when
     * absent; anything but true or false is refused (recorded) and read as false.
     */
    public boolean flag(String field, String value) {
        if (isBlank(value)) {
            return false;
        }
        String text = value.strip();
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        validation.reject(field, VALUE_UNKNOWN, "true, false");
        return false;
    }

    /** A required version (what the writer last saw): a whole number from 0; null when absent or refused. */
    public Integer version(String value) {
        Long version = wholeNumber("version", value, 0, Integer.MAX_VALUE, true);
        return version == null ? null : version.intValue();
    }

    /** A required value of any type (nested objects, numbers, booleans); null is recorded as missing. */
    public <T> T required(String field, T value) {
        if (value == null) {
            validation.reject(field, REQUIRED);
        }
        return value;
    }

    /** Records a rule of the caller's own on a field. */
    public JsonInput check(boolean ok, String field, String messageKey, Object... args) {
        validation.check(ok, field, messageKey, args);
        return this;
    }

    /** Whether nothing has been refused so far. */
    public boolean isValid() {
        return validation.isValid();
    }

    /** Throws {@link InvalidInputException} with every recorded problem, if any. */
    public void throwIfInvalid() {
        validation.throwIfInvalid();
    }

    /** ISO-8601 with an offset; seconds and fractions may be left out ({@code 2025-06-12T10:45Z}). */
    private Instant parseInstant(String field, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException malformed) {
            validation.reject(field, INSTANT_INVALID, INSTANT_EXAMPLE);
            return null;
        }
    }

    private String limited(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            validation.reject(field, TOO_LONG, maxLength);
            return null;
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
