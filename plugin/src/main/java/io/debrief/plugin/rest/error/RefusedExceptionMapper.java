package io.debrief.plugin.rest.error;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.RefusedException;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal from core becomes 401, 403, 404 or 409 with its localized reason. */
@Provider
public final class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    private final Messages messages;

    @Inject
    public RefusedExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(RefusedException exception) {
        Refusal refusal = Refusal.of(exception);
        String text = ErrorResponses.text(messages, exception.messageKey(), exception.args(), refusal.generalKey);
        return ErrorResponses.json(refusal.status, ErrorBody.refused(text, exception.messageKey()));
    }

    /** The HTTP status of each kind of refusal and the general text used when its own key is unknown. */
    private enum Refusal {
        NOT_AUTHENTICATED(401, NotAuthenticatedException.GENERAL_KEY),
        FORBIDDEN(403, ForbiddenException.GENERAL_KEY),
        NOT_FOUND(404, NotFoundException.GENERAL_KEY),
        CONFLICT(409, ConflictException.GENERAL_KEY);

        private final int status;
        private final String generalKey;

        Refusal(int status, String generalKey) {
            this.status = status;
            this.generalKey = generalKey;
        }

        static Refusal of(RefusedException exception) {
            if (exception instanceof NotAuthenticatedException) {
                return NOT_AUTHENTICATED;
            }
            if (exception instanceof ForbiddenException) {
                return FORBIDDEN;
            }
            if (exception instanceof NotFoundException) {
                return NOT_FOUND;
            }
            if (exception instanceof ConflictException) {
                return CONFLICT;
            }
            throw new IllegalStateException(
                    "unmapped refusal " + exception.getClass().getName());
        }
    }
}
