package io.debrief.core.common;

import java.util.List;
import java.util.Objects;

/**
 * One reason why user input was refused: the field it concerns, an i18n message key, and the message arguments.
 *
 * <p>Core speaks in keys ({@code debrief.error.*}); the web layer turns them into text in the reader's language.
 */
public record ValidationError(String field, String messageKey, List<Object> args) {

    public ValidationError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static ValidationError of(String field, String messageKey, Object... args) {
        return new ValidationError(field, messageKey, List.of(args));
    }
}
