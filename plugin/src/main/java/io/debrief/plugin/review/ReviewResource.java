package io.debrief.plugin.review;

import com.atlassian.annotations.security.LicensedOnly;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.PageRequest;
import io.debrief.core.review.Decision;
import io.debrief.core.review.ReviewGrouping;
import io.debrief.core.review.ReviewQuery;
import io.debrief.core.review.ReviewSort;
import io.debrief.core.review.Trends;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.rest.QueryParams;
import io.debrief.plugin.rest.json.JsonInput;
import io.debrief.plugin.review.ReviewDtos.DecisionBody;
import io.debrief.plugin.review.ReviewDtos.DecisionView;
import io.debrief.plugin.review.ReviewDtos.ReviewView;
import io.debrief.plugin.review.ReviewDtos.TrendsView;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The monthly review of open debrief action items: the list with its totals, decisions, and the monthly trends. */
@Path("review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReviewResource {

    static final int MAX_LIMIT = 200;
    static final int MAX_AGE_DAYS = 3650;

    private static final Map<String, ReviewGrouping> GROUPINGS = Map.of(
            "none",
            ReviewGrouping.NONE,
            "incident",
            ReviewGrouping.INCIDENT,
            "team",
            ReviewGrouping.TEAM,
            "category",
            ReviewGrouping.CATEGORY);
    private static final Map<String, ReviewSort> SORTS = Map.of(
            "age",
            ReviewSort.OLDEST_FIRST,
            "newest",
            ReviewSort.NEWEST_FIRST,
            "due",
            ReviewSort.DUE_FIRST,
            "deferred",
            ReviewSort.MOST_DEFERRED,
            "key",
            ReviewSort.BY_KEY);

    private final DebriefApplication app;
    private final ViewerProvider viewers;

    @Inject
    public ReviewResource(DebriefApplication app, ViewerProvider viewers) {
        this.app = app;
        this.viewers = viewers;
    }

    /**
     * {@code GET /review?projects=OPS,PAY&jql=...&olderThanDays=30&groupBy=incident&sort=age&start=0&limit=50}.
     *
     * <p>Outcomes: anonymous -> 401; a bad parameter -> 400 naming it (olderThanDays 0..3650, groupBy
     * none|incident|team|category, sort age|newest|due|deferred|key, start >= 0, limit 1..200, jql: a filter of at
     * most 2000 characters that Jira reads on its own, without ORDER BY); otherwise 200 with the items and totals of
     * the projects the viewer may browse only (none for a project they cannot browse), narrowed by the filter.
     */
    @GET
    public ReviewView review(
            @QueryParam("projects") String projects,
            @QueryParam("olderThanDays") String olderThan,
            @QueryParam("groupBy") String groupBy,
            @QueryParam("sort") String sort,
            @QueryParam("start") String start,
            @QueryParam("limit") String limit,
            @QueryParam("jql") String jql) {
        Viewer viewer = signedIn();
        QueryParams params = new QueryParams();
        int minAge = params.number("olderThanDays", olderThan, 0, MAX_AGE_DAYS, 0);
        ReviewGrouping grouping = params.choice("groupBy", groupBy, GROUPINGS, ReviewGrouping.NONE);
        ReviewSort order = params.choice("sort", sort, SORTS, ReviewSort.OLDEST_FIRST);
        PageRequest page = params.page(start, limit, ReviewQuery.DEFAULT_PAGE_SIZE, MAX_LIMIT);
        params.throwIfInvalid();
        ReviewQuery query = new ReviewQuery(QueryParams.keys(projects), minAge, grouping, order, page, jql);
        return ReviewView.of(app.review().query(query, viewer), page.limit());
    }

    /**
     * {@code POST /review/items/{issueKey}/decision} with {@code {decision, reason?, version}}.
     *
     * <p>Outcomes: anonymous -> 401; unknown item, not browsable or not a debrief item -> 404; may not edit it ->
     * 403; decision missing or unknown (field "decision"), reason missing or too long for close-irrelevant (field
     * "reason"), version missing (field "version") -> 400; item already closed or decided since (stale version) ->
     * 409; otherwise 200 with the new decision record. Close-irrelevant resolves the item with the admin-chosen
     * resolution, prioritise raises it to the admin-chosen priority; nothing is written when refused.
     */
    @POST
    @Path("items/{issueKey}/decision")
    public DecisionView decide(@PathParam("issueKey") String issueKey, DecisionBody body) {
        Viewer viewer = viewers.current();
        DecisionBody given = body == null ? new DecisionBody(null, null, null) : body;
        // a version that is there but not a whole number is refused here (after the access guards); a missing one
        // by the use case
        JsonInput in = new JsonInput();
        Long version = in.wholeNumber("version", given.version(), 0, Long.MAX_VALUE, false);
        if (!in.isValid()) {
            app.review().mayDecide(issueKey, viewer);
            in.throwIfInvalid();
        }
        return DecisionView.of(app.review().decide(issueKey, decision(given), version, viewer));
    }

    /**
     * {@code GET /review/items/{issueKey}/decisions}: the item's review history, oldest first.
     *
     * <p>Outcomes: anonymous -> 401; unknown item, not browsable or not a debrief item -> 404; otherwise 200.
     */
    @GET
    @Path("items/{issueKey}/decisions")
    public List<DecisionView> history(@PathParam("issueKey") String issueKey) {
        return app.review().history(issueKey, viewers.current()).stream()
                .map(DecisionView::of)
                .toList();
    }

    /**
     * {@code GET /review/trends?months=6&projects=OPS,PAY}.
     *
     * <p>Outcomes: anonymous -> 401; months outside 1..24 or malformed -> 400 (field "months"); otherwise 200 with one
     * entry per month, oldest first, counting only incidents the viewer may browse.
     */
    @GET
    @Path("trends")
    public TrendsView trends(@QueryParam("months") String months, @QueryParam("projects") String projects) {
        Viewer viewer = signedIn();
        QueryParams params = new QueryParams();
        int count = params.number("months", months, 1, Trends.MAX_MONTHS, 6);
        params.throwIfInvalid();
        return TrendsView.of(app.trends().monthly(count, QueryParams.keys(projects), viewer));
    }

    /** The decision named in the body; null (refused by core as field "decision", after access) when unknown. */
    private static Decision decision(DecisionBody body) {
        if (body.decision() == null) {
            return null;
        }
        return switch (body.decision().strip()) {
            case "close-irrelevant" -> Decision.closeIrrelevant(body.reason());
            case "prioritise" -> Decision.prioritise();
            case "keep" -> Decision.keep();
            default -> null;
        };
    }

    /** Anonymous readers are refused before their parameters are judged, as core would. */
    private Viewer signedIn() {
        Viewer viewer = viewers.current();
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        return viewer;
    }
}
