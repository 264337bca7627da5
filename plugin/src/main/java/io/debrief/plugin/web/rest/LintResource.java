package io.debrief.plugin.web.rest;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.lint.BlamelessLint;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.incident.DebriefViewModel;
import io.debrief.plugin.web.rest.json.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.Map;

/**
 * Blameless lint as a service for the debrief editor: finds blame wording and @mentions while someone types.
 *
 * <p>Outcomes: 200 {@code {findings: [{start, end, rule, match, suggestion}]}}; anonymous -> 401; no text -> 400 on
 * {@code text}; a body over 64 kB -> 400 on {@code body}. Reads nothing and stores nothing.
 */
@Path("lint")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LintResource {

    /** The text to check. */
    public record LintBody(@JsonProperty("text") String text) {
    }

    private final ViewerProvider viewers;
    private final DebriefViewModel model;

    @Inject
    public LintResource(ViewerProvider viewers, Messages messages) {
        this.viewers = viewers;
        this.model = new DebriefViewModel(messages, ZoneId.of("UTC"));
    }

    /** Lints {@code {text}}; an empty text has no findings. Outcomes: 200; 401; 400 text missing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> lint(LintBody body) {
        if (viewers.current().isAnonymous()) {
            throw new NotAuthenticatedException(IncidentAccess.LOGIN_REQUIRED);
        }
        JsonInput in = new JsonInput();
        String text = in.required("text", body == null ? null : body.text());
        in.throwIfInvalid();
        return Map.of("findings", model.lint(BlamelessLint.withoutNames().check(text)));
    }
}
