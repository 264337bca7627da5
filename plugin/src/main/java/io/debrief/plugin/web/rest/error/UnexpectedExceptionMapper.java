package io.debrief.plugin.web.rest.error;

import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else: JAX-RS's own errors (unknown path, wrong method or media type) keep their status; every other
 * exception is logged with a reference and answered 500 with a generic text, never a stack trace or message.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    static final String INTERNAL_KEY = "debrief.error.internal";
    static final String REQUEST_KEY = "debrief.error.request";
    static final String NOT_FOUND_KEY = "debrief.error.not.found";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final Messages messages;

    @Inject
    public UnexpectedExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String key = status == 404 ? NOT_FOUND_KEY : REQUEST_KEY;
            return ErrorResponses.json(status, ErrorBody.of(messages.text(key)));
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure serving a Debrief REST call (reference {})", reference, exception);
        return ErrorResponses.json(500, ErrorBody.of(messages.text(INTERNAL_KEY, reference)));
    }
}
