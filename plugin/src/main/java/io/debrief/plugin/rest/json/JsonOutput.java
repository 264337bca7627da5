package io.debrief.plugin.rest.json;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How response DTOs write values: instants as ISO-8601 UTC strings, enums by wire name.
 *
 * <p>DTOs hold these as {@code String} fields so no Jackson date module is needed, in Jira or in the sandbox.
 */
public final class JsonOutput {

    private JsonOutput() {}

    /** {@code 2026-11-24T10:15:30Z} (milliseconds only when present); null stays null. */
    public static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The JSON name of an enum constant: lower case, words joined by hyphens ({@code JIRA_HISTORY -> jira-history}). */
    public static String wireName(Enum<?> constant) {
        return constant == null
                ? null
                : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
