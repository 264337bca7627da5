package io.debrief.plugin.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON body of every refused or failed REST call: {@code {"message": "...", "errors": [{"field", "message"}]}},
 * and for a refusal (401, 403, 404, 409) its {@code reason}, e.g. {@code debrief.error.stale}.
 *
 * <p>Texts are already localized; {@code errors} appears only for invalid input (400).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<FieldError> errors,
        @JsonProperty("reason") String reason) {

    public ErrorBody {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ErrorBody(String message, List<FieldError> errors) {
        this(message, errors, null);
    }

    /** A refusal: its text and its stable reason (the message key), so a page can tell a stale page from others. */
    public static ErrorBody refused(String message, String reason) {
        return new ErrorBody(message, List.of(), reason);
    }

    /** A body with a message only. */
    public static ErrorBody of(String message) {
        return new ErrorBody(message, List.of());
    }

    /** One refused field and why, in the reader's language. */
    public record FieldError(
            @JsonProperty("field") String field,
            @JsonProperty("message") String message) {}
}
