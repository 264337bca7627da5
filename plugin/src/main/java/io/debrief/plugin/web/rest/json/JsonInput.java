package io.debrief.plugin.web.rest.json;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.Validation;
import java.time.Instant;
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
    public static final String REQUIRED = "debrief.error.field.required";
    /** Not an ISO-8601 instant. Argument {0}: an example of the expected form. */
    public static final String INSTANT_INVALID = "debrief.error.field.instant.invalid";
    /** Not one of the allowed values. Argument {0}: the allowed wire names, comma separated. */
    public static final String VALUE_UNKNOWN = "debrief.error.field.value.unknown";
    /** Text longer than allowed. Argument {0}: the maximum length. */
    public static final String TOO_LONG = "debrief.error.field.too.long";

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
        String allowed = Arrays.stream(type.getEnumConstants()).map(JsonOutput::wireName)
                .collect(Collectors.joining(", "));
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

    /** Throws {@link InvalidInputException} with every recorded problem, if any. */
    public void throwIfInvalid() {
        validation.throwIfInvalid();
    }

    private Instant parseInstant(String field, String value) {
        try {
            return Instant.parse(value.strip());
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
