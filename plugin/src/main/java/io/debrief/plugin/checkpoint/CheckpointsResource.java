package io.debrief.plugin.checkpoint;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.checkpoint.CheckpointHistory;
import io.debrief.core.checkpoint.ClosingCheckpoints;
import io.debrief.core.checkpoint.OutcomeForm;
import io.debrief.core.common.KeepingTime;
import io.debrief.plugin.actionitem.ActionItemView;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The checkpoints of one incident: history and next due, and closing an opened one with an outcome per item. */
@Path("incidents/{issueKey}/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CheckpointsResource {

    private final ClosingCheckpoints checkpoints;
    private final KeepingTime time;
    private final ViewerProvider viewers;

    /** @param time what an item's age is counted against */
    @Inject
    public CheckpointsResource(ClosingCheckpoints checkpoints, KeepingTime time, ViewerProvider viewers) {
        this.checkpoints = checkpoints;
        this.time = time;
        this.viewers = viewers;
    }

    /**
     * Every checkpoint so far, the items they are about and the next due checkpoint.
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; otherwise 200
     * {@link CheckpointHistoryView}.
     */
    @GET
    public CheckpointHistoryView history(@PathParam("issueKey") String issueKey) {
        CheckpointHistory.View view = checkpoints.checkpoints(issueKey, viewers.current());
        return new CheckpointHistoryView(
                view.incident().key(),
                view.history().stream().map(CheckpointView::of).toList(),
                view.next() == null
                        ? null
                        : new NextCheckpointView(
                                view.next().number(),
                                JsonOutput.instant(view.next().dueAt())),
                view.items().stream()
                        .map(item -> ActionItemView.of(item, time.clock()))
                        .toList());
    }

    /**
     * Closes an opened checkpoint with one outcome per item the caller may see, and carries the outcomes out in Jira
     * as the caller: done closes the item through its workflow, re-planned sets its due date, dropped closes it as
     * irrelevant with the reason; the checkpoint's sub-task goes to done.
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; no edit right -> 403;
     * no such checkpoint -> 404; checkpoint not opened, or already closed (also by an identical request at the same
     * moment) -> 409; bad outcomes -> 400 naming {@code outcomes[i].item|outcome|due|reason} (an item the caller
     * cannot see is an unknown item; an item their workflow does not let them close is refused on its outcome), or
     * {@code outcomes} when an open item they see has none; the sub-task cannot be moved to done by them -> 409;
     * otherwise 200 {@link CheckpointView} (closed). Nothing is written on any refusal.
     */
    @POST
    @Path("{number}/outcomes")
    public CheckpointView close(
            @PathParam("issueKey") String issueKey, @PathParam("number") int number, OutcomesJson body) {
        List<OutcomeForm> forms = new ArrayList<>();
        if (body != null && body.outcomes() != null) {
            body.outcomes()
                    .forEach(o ->
                            forms.add(o == null ? null : new OutcomeForm(o.item(), o.outcome(), o.due(), o.reason())));
        }
        return CheckpointView.of(checkpoints.close(issueKey, number, forms, viewers.current()));
    }

    /** The request closing a checkpoint. */
    public record OutcomesJson(@JsonProperty("outcomes") List<CheckpointView.OutcomeJson> outcomes) {}

    /**
     * The checkpoints section.
     *
     * @param next  nullable: no checkpoint will come
     * @param items the incident's debrief items (the open ones need an outcome when a checkpoint closes)
     */
    public record CheckpointHistoryView(
            @JsonProperty("incident") String incident,
            @JsonProperty("checkpoints") List<CheckpointView> checkpoints,
            @JsonProperty("next") NextCheckpointView next,
            @JsonProperty("items") List<ActionItemView> items) {}

    /** The next checkpoint: its number and when it comes due (ISO-8601 instant). */
    public record NextCheckpointView(
            @JsonProperty("number") int number,
            @JsonProperty("due") String due) {}
}
