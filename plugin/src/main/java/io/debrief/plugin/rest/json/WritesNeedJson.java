package io.debrief.plugin.rest.json;

import io.debrief.core.common.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's XSRF rule for every state change of this API, with no exception for a request without a body: a POST, PUT,
 * PATCH or DELETE passes only with a JSON body ({@code Content-Type: application/json}) or the header
 * {@code X-Atlassian-Token: no-check}; anything else is 403 {@value #REFUSED}.
 *
 * <p>A page on another site can make a browser send a POST without a body, or with a form or plain-text body, carrying
 * the person's Jira cookie; it cannot send a JSON content type or a custom header without the browser asking this
 * host first (CORS), which Jira does not allow. So a write reaches a resource only when the browser ran it for a page
 * of this host (our scripts send JSON) or a script that is no browser (curl, with the header). Checked before a
 * resource is matched, so every write of the API is answered alike.
 */
@Provider
@PreMatching
public final class WritesNeedJson implements ContainerRequestFilter {

    public static final String REFUSED = "debrief.error.xsrf";
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    static final String NO_CHECK = "no-check";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (NO_CHECK.equalsIgnoreCase(trimmed(request.getHeaderString(TOKEN_HEADER)))) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean json = type != null
                && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        if (!json) {
            throw new ForbiddenException(REFUSED);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
