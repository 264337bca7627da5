package io.debrief.core.common;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors while a command checks its input; empty means valid. */
public final class Validation {

    /** The general message key of a missing value. */
    public static final String REQUIRED = "debrief.error.field.required";
    /** The general message key of a value longer than its limit (the limit is its argument). */
    public static final String TOO_LONG = "debrief.error.field.too.long";

    private final List<ValidationError> errors = new ArrayList<>();

    public Validation reject(String field, String messageKey, Object... args) {
        errors.add(ValidationError.of(field, messageKey, args));
        return this;
    }

    public Validation check(boolean ok, String field, String messageKey, Object... args) {
        return ok ? this : reject(field, messageKey, args);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInputException} when anything was rejected. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
