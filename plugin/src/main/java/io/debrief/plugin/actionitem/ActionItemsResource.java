package io.debrief.plugin.actionitem;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.actionitem.ActionItemForm;
import io.debrief.core.actionitem.IncidentActionItems;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.common.KeepingTime;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The debrief action items of one incident: list them (with the repeat-incident warning) and create new ones. */
@Path("incidents/{issueKey}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ActionItemsResource {

    private final TrackingActionItems actionItems;
    private final KeepingTime time;
    private final ViewerProvider viewers;

    /** @param time what an item's age is counted against */
    @Inject
    public ActionItemsResource(TrackingActionItems actionItems, KeepingTime time, ViewerProvider viewers) {
        this.actionItems = actionItems;
        this.time = time;
        this.viewers = viewers;
    }

    /**
     * The incident's items (open and done) the viewer may see, and {@code knownOpenActions}: open items of earlier
     * incidents in the same project or component.
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; otherwise 200
     * {@link ActionItemsView}.
     */
    @GET
    public ActionItemsView list(@PathParam("issueKey") String issueKey) {
        IncidentActionItems.Listing listing = actionItems.list(issueKey, viewers.current());
        return new ActionItemsView(
                listing.incident().key(),
                listing.items().stream()
                        .map(item -> ActionItemView.of(item, time.clock()))
                        .toList(),
                listing.knownOpenActions().stream()
                        .map(item -> ActionItemView.of(item, time.clock()))
                        .toList());
    }

    /**
     * Creates an action item linked to the incident and labelled (label from the settings).
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; no edit right on the
     * incident -> 403; bad input -> 400 naming each field (projectKey, summary, assignee, due, category, suggestion);
     * the suggestion was already made into an item -> 409 (naming it when the reader may see it); otherwise 201
     * {@link ActionItemView}. Nothing is created on any refusal.
     */
    @POST
    public Response create(@PathParam("issueKey") String issueKey, CreateActionItemRequest body) {
        CreateActionItemRequest in = body == null ? CreateActionItemRequest.EMPTY : body;
        ActionItemView created = ActionItemView.of(
                actionItems.create(
                        issueKey,
                        new ActionItemForm(
                                in.projectKey(),
                                in.issueType(),
                                in.summary(),
                                in.assignee(),
                                in.due(),
                                in.category(),
                                in.suggestion()),
                        viewers.current()),
                time.clock());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * The request to create an item.
     *
     * @param projectKey optional: the incident's project
     * @param issueType  optional: Task
     * @param assignee   optional user key
     * @param due        optional YYYY-MM-DD, not in the past
     * @param category   detect, fix, prevent or process
     * @param suggestion optional: the debrief suggestion it is made from, by question (identified-within-target,
     *                   fixed-within-target, auto-resolved); each can be made into one item only
     */
    public record CreateActionItemRequest(
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("issueType") String issueType,
            @JsonProperty("summary") String summary,
            @JsonProperty("assignee") String assignee,
            @JsonProperty("due") String due,
            @JsonProperty("category") String category,
            @JsonProperty("suggestion") String suggestion) {
        static final CreateActionItemRequest EMPTY =
                new CreateActionItemRequest(null, null, null, null, null, null, null);
    }

    /** The incident's items and the known open actions of earlier incidents. */
    public record ActionItemsView(
            @JsonProperty("incident") String incident,
            @JsonProperty("items") List<ActionItemView> items,
            @JsonProperty("knownOpenActions") List<ActionItemView> knownOpenActions) {}
}
