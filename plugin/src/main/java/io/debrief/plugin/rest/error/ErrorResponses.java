package io.debrief.plugin.rest.error;

import io.debrief.plugin.web.i18n.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the JSON error responses the mappers return, with a fallback text when a key is unknown. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    static Response json(int status, ErrorBody body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    /**
     * The text for {@code key}, or for {@code fallbackKey} when no bundle knows {@code key}: a missing translation
     * must still give the reader a sentence, never a raw key.
     */
    static String text(Messages messages, String key, List<Object> args, String fallbackKey) {
        if (messages.has(key)) {
            return messages.text(key, args.toArray());
        }
        LOG.warn("No i18n text for key '{}'; answering with '{}'", key, fallbackKey);
        return messages.text(fallbackKey);
    }
}
