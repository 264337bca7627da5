package io.debrief.plugin.rest.error;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.ValidationError;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Invalid input becomes 400 with one localized message per refused field. */
@Provider
public final class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    static final String MESSAGE_KEY = "debrief.error.invalid.input";
    static final String FIELD_FALLBACK_KEY = "debrief.error.field.invalid";

    private final Messages messages;

    @Inject
    public InvalidInputExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(InvalidInputException exception) {
        List<ErrorBody.FieldError> errors =
                exception.errors().stream().map(this::localized).toList();
        return ErrorResponses.json(400, new ErrorBody(messages.text(MESSAGE_KEY), errors));
    }

    private ErrorBody.FieldError localized(ValidationError error) {
        return new ErrorBody.FieldError(
                error.field(), ErrorResponses.text(messages, error.messageKey(), error.args(), FIELD_FALLBACK_KEY));
    }
}
