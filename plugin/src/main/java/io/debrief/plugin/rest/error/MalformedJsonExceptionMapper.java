package io.debrief.plugin.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request body that is not JSON of the expected shape becomes 400 on the field {@code body}; Jackson's own text
 * (which quotes the input and names our classes) is never sent back.
 */
@Provider
public final class MalformedJsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    /** The pseudo-field that stands for the whole request body. */
    public static final String BODY_FIELD = "body";

    static final String KEY = "debrief.error.json.malformed";

    private final Messages messages;

    @Inject
    public MalformedJsonExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        // a body refused while Jackson read it (over the size limit, streamed without a length) is that refusal,
        // not malformed JSON
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return new InvalidInputExceptionMapper(messages).toResponse(refused);
            }
        }
        ErrorBody.FieldError body = new ErrorBody.FieldError(BODY_FIELD, messages.text(KEY));
        return ErrorResponses.json(
                400, new ErrorBody(messages.text(InvalidInputExceptionMapper.MESSAGE_KEY), List.of(body)));
    }
}
