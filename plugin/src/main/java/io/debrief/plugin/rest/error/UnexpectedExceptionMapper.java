package io.debrief.plugin.rest.error;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
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
    /** Texts for statuses JAX-RS or the host answer by themselves (security filters, routing, conflicts). */
    private static final Map<Integer, String> KEYS_BY_STATUS = Map.of(
            401, NotAuthenticatedException.GENERAL_KEY,
            403, ForbiddenException.GENERAL_KEY,
            404, NotFoundException.GENERAL_KEY,
            409, ConflictException.GENERAL_KEY);

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final Messages messages;

    @Inject
    public UnexpectedExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String key = KEYS_BY_STATUS.getOrDefault(status, REQUEST_KEY);
            return ErrorResponses.json(status, ErrorBody.of(messages.text(key)));
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure serving a Debrief REST call (reference {})", reference, exception);
        return ErrorResponses.json(500, ErrorBody.of(messages.text(INTERNAL_KEY, reference)));
    }
}
