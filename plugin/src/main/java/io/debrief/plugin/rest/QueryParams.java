package io.debrief.plugin.rest;

import io.debrief.core.common.PageRequest;
import io.debrief.core.common.Validation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query parameters (paging, lists, bounded numbers, names) into values, collecting every problem under the
 * parameter's name; {@link #throwIfInvalid()} then answers 400 with all of them.
 */
public final class QueryParams {

    static final String NUMBER_RANGE = "debrief.error.param.range";
    static final String VALUE_UNKNOWN = "debrief.error.field.value.unknown";

    private final Validation validation = new Validation();

    /** A whole number in min..max; the default when absent; the default (and a recorded problem) when malformed. */
    public int number(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // recorded below like an out-of-range number
        }
        validation.reject(name, NUMBER_RANGE, min, max);
        return fallback;
    }

    /** start (0..) and limit (1..maxLimit) as a page request. */
    public PageRequest page(String start, String limit, int defaultLimit, int maxLimit) {
        return new PageRequest(
                number("start", start, 0, Integer.MAX_VALUE, 0), number("limit", limit, 1, maxLimit, defaultLimit));
    }

    /** Comma-separated upper-case keys ("OPS,PAY"); empty when absent. */
    public static Set<String> keys(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(key -> key.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** One of the named choices; the default when absent; null (and a recorded problem) for anything else. */
    public <T> T choice(String name, String value, java.util.Map<String, T> choices, T fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        T chosen = choices.get(value.strip().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            validation.reject(name, VALUE_UNKNOWN, String.join(", ", choices.keySet()));
        }
        return chosen;
    }

    /** A value parsed by {@code parser} (which returns null for bad input); null when absent. */
    public <T> T parsed(String name, String value, Function<String, T> parser, String example) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T parsed = parser.apply(value.strip());
        if (parsed == null) {
            validation.reject(name, VALUE_UNKNOWN, example);
        }
        return parsed;
    }

    /** Records that a parameter is longer than {@code max} characters. */
    public void tooLong(String name, int max) {
        validation.reject(name, Validation.TOO_LONG, max);
    }

    public boolean isValid() {
        return validation.isValid();
    }

    /** true or false; the default when absent; the default (and a recorded problem) for anything else. */
    public boolean flag(String name, String value, boolean fallback) {
        Boolean chosen = choice(name, value, java.util.Map.of("true", Boolean.TRUE, "false", Boolean.FALSE), fallback);
        return chosen == null ? fallback : chosen;
    }

    public void throwIfInvalid() {
        validation.throwIfInvalid();
    }
}
