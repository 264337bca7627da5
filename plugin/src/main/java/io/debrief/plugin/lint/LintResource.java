package io.debrief.plugin.lint;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.debrief.CheckingLanguage;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.lint.BlamelessLint;
import io.debrief.core.lint.LintFinding;
import io.debrief.plugin.incident.DebriefViewModel;
import io.debrief.plugin.incident.LintFindingView;
import io.debrief.plugin.rest.json.JsonInput;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Blameless lint as a service for the debrief editor: finds blame while someone types.
 *
 * <p>Outcomes: 200 {@code {findings: [{start, end, family, familyText, match, reason, rewrite}]}}; anonymous -> 401;
 * no text -> 400 on {@code text}; a body over 64 kB -> 400 on {@code body}. With {@code issueKey} the names of the
 * people on that incident are flagged too, and the incident must be readable (404; 409 not an Incident). Stores
 * nothing.
 */
@Path("lint")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LintResource {

    /** The text to check and, optionally, the incident whose debrief it is written for. */
    public record LintRequest(
            @JsonProperty("text") String text,
            @JsonProperty("issueKey") String issueKey) {}

    /** The answer: the hints found, in text order ({@link LintFindingView}, as the Debrief tab shows them). */
    public record LintView(List<LintFindingView> findings) {}

    private static final int ISSUE_KEY_MAX = 255;

    private final CheckingLanguage language;
    private final ViewerProvider viewers;
    private final DebriefViewModel model;

    @Inject
    public LintResource(CheckingLanguage language, ViewerProvider viewers, Messages messages) {
        this.language = language;
        this.viewers = viewers;
        this.model = new DebriefViewModel(messages, ZoneId.of("UTC"));
    }

    /**
     * Lints {@code {text, issueKey?}}; an empty text has no findings. Outcomes: 200; 401; 400 text missing; with an
     * issue key 404 / 409 as reading the incident.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public LintView lint(LintRequest body) {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            throw new NotAuthenticatedException(IncidentAccess.LOGIN_REQUIRED);
        }
        JsonInput in = new JsonInput();
        String text = in.required("text", body == null ? null : body.text());
        Optional<String> issueKey = in.optionalText("issueKey", body == null ? null : body.issueKey(), ISSUE_KEY_MAX);
        in.throwIfInvalid();
        List<LintFinding> findings = issueKey.isEmpty()
                ? BlamelessLint.withoutNames().check(text)
                : language.lint(issueKey.get(), text, viewer);
        return new LintView(model.lint(findings));
    }
}
