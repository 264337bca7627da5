package io.debrief.core.intake;

import java.util.Arrays;
import java.util.Objects;

/**
 * One rule of a source's label mapping: events whose label {@code label} has {@code value} (or any value for
 * {@code *}) belong to project {@code projectKey} and, when given, its component {@code component}.
 */
public record LabelMapping(String label, String value, String projectKey, String component) {

    /** Any value of the label. */
    public static final String ANY = "*";

    public LabelMapping {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(projectKey, "projectKey");
        component = component == null || component.isBlank() ? null : component;
    }

    /** Whether the event carries the label with this value (a comma-separated label matches any of its values). */
    public boolean matches(ExternalEvent event) {
        String actual = event.label(label);
        if (actual == null) {
            return false;
        }
        return ANY.equals(value)
                || actual.equals(value)
                || Arrays.stream(actual.split(",")).map(String::strip).anyMatch(value::equals);
    }
}
