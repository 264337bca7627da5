package io.debrief.plugin.insights;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.Validation;
import io.debrief.core.insights.InsightsQuery;
import io.debrief.core.insights.TeamRule;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.insights.InsightsDtos.InsightsView;
import io.debrief.plugin.insights.InsightsDtos.TeamBody;
import io.debrief.plugin.insights.InsightsDtos.TeamView;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The learning insights behind the Insights page and dashboard item: {@code GET /insights}, and the admin's choice of
 * what a team is ({@code GET/PUT /insights/team}).
 */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class InsightsResource {

    private final InsightsApplication insights;
    private final ViewerProvider viewers;

    @Inject
    public InsightsResource(InsightsApplication insights, ViewerProvider viewers) {
        this.insights = insights;
        this.viewers = viewers;
    }

    /**
     * {@code GET /insights?months=12&project=OPS&groupBy=project|component|team}.
     *
     * <p>Outcomes: anonymous -> 401 (before the parameters are judged); months outside 1..24 or not a number, a
     * malformed project key, an unknown groupBy -> 400 naming each; otherwise 200 with the report over the projects
     * the viewer may browse (a project they may not browse reads as empty) and only the secured incidents and items
     * Jira lets them see.
     */
    @GET
    public InsightsView report(
            @QueryParam("months") String months,
            @QueryParam("project") String project,
            @QueryParam("groupBy") String groupBy) {
        Viewer viewer = signedIn();
        InsightsQuery query = InsightsQuery.parse(months, project, groupBy);
        return InsightsView.of(insights.insights().report(query, viewer));
    }

    /** {@code GET /insights/team}: what a team is. Outcomes: anonymous -> 401; otherwise 200. */
    @GET
    @Path("team")
    public TeamView team() {
        signedIn();
        return TeamView.of(insights.settings().team());
    }

    /**
     * {@code PUT /insights/team} with {@code {source: "component"}} or {@code {source: "label-prefix", labelPrefix}}.
     *
     * <p>Outcomes: anonymous -> 401; not a Jira administrator -> 403; an unknown source (field "source") or a
     * missing or longer than 40 characters prefix (field "labelPrefix") -> 400, nothing saved; otherwise 200 with
     * the rule saved.
     */
    @PUT
    @Path("team")
    @AdminOnly
    public TeamView saveTeam(TeamBody body) {
        Viewer viewer = signedIn();
        if (!viewer.isAdmin()) {
            throw ForbiddenException.general();
        }
        TeamBody given = body == null ? new TeamBody(null, null) : body;
        String source = given.source() == null ? "" : given.source().strip();
        String prefix = given.labelPrefix() == null ? "" : given.labelPrefix().strip();
        Validation v = new Validation();
        boolean byComponent = TeamRule.Source.COMPONENT.wireName().equals(source);
        boolean byLabel = TeamRule.Source.LABEL_PREFIX.wireName().equals(source);
        v.check(byComponent || byLabel, "source", "debrief.error.insights.team.source");
        v.check(
                !byLabel || (!prefix.isEmpty() && prefix.length() <= TeamRule.MAX_PREFIX && !prefix.contains(" ")),
                "labelPrefix",
                "debrief.error.insights.team.prefix",
                TeamRule.MAX_PREFIX);
        v.throwIfInvalid();
        TeamRule rule = byComponent ? TeamRule.BY_COMPONENT : TeamRule.labelPrefix(prefix);
        insights.settings().saveTeam(rule);
        return TeamView.of(rule);
    }

    /** Anonymous readers are refused before their parameters are judged. */
    private Viewer signedIn() {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        return viewer;
    }
}
