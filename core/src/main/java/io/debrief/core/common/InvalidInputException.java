package io.debrief.core.common;

import java.util.List;

/**
 * Thrown by a use case when a command's input is refused; nothing has been written when it is thrown.
 *
 * <p>REST turns it into HTTP 400 with one message per field.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public InvalidInputException(List<ValidationError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(ValidationError.of(field, messageKey, args)));
    }

    public List<ValidationError> errors() {
        return errors;
    }

    private static String describe(List<ValidationError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        for (ValidationError error : errors) {
            text.append(' ').append(error.field()).append('=').append(error.messageKey());
        }
        return text.toString();
    }
}
