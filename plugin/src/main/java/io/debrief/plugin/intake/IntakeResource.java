package io.debrief.plugin.intake;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.debrief.core.intake.IntakeReceipt;
import io.debrief.plugin.IntakeApplication;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where alerting, paging, delivery and status tools send their events, each in its own published format.
 *
 * <p>Not a Jira login: the caller is the configured source, proven by its secret, so access is unrestricted at the
 * REST layer and refused here without the secret. The body is read as raw text because a signature is over the bytes
 * as sent.
 */
@Path("intake")
@UnrestrictedAccess
public class IntakeResource {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeResource.class);

    /** The header carrying the source's secret. */
    public static final String TOKEN_HEADER = "X-Debrief-Token";

    private final IntakeApplication app;

    @Inject
    public IntakeResource(IntakeApplication app) {
        this.app = app;
    }

    /**
     * Takes one delivery from source {@code source}. The secret comes in {@value #TOKEN_HEADER}, as
     * {@code Authorization: Bearer}, or, for senders that cannot set headers (Statuspage), as {@code ?token=}.
     *
     * <p>Outcomes: unknown source, missing or wrong secret, or (PagerDuty) a missing or bad
     * {@code X-PagerDuty-Signature} -> 401 and nothing stored; a payload that is not the source's format, too large or
     * missing a field -> 400 naming each field by its path ({@code alerts[1].startsAt}) and nothing stored; otherwise
     * 202 {received, stored, duplicates}: an event sent again is not stored twice.
     */
    @POST
    @Path("{source}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(
            @PathParam("source") String source,
            @HeaderParam(TOKEN_HEADER) String token,
            @HeaderParam("Authorization") String authorization,
            @QueryParam("token") String queryToken,
            @HeaderParam("X-PagerDuty-Signature") String signature,
            String body) {
        IntakeReceipt receipt =
                app.intake().receive(source, secretOf(token, authorization, queryToken), signature, body);
        if (receipt.refused() > 0) {
            // the sender cannot act on it; the admin can: the acting user may have lost Create Issues there
            LOG.warn(
                    "Debrief: Jira refused {} incident(s) the event source {} was to open; check its acting user",
                    receipt.refused(),
                    source);
        }
        return Response.accepted(new ReceiptJson(receipt.received(), receipt.stored(), receipt.duplicates()))
                .build();
    }

    private static String secretOf(String header, String authorization, String query) {
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return query;
    }

    /** What one delivery did. */
    public record ReceiptJson(int received, int stored, int duplicates) {}
}
