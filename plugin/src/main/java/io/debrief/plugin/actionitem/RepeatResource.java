package io.debrief.plugin.actionitem;

import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.actionitem.LinkingRepeats;
import io.debrief.core.actionitem.RepeatIncidents;
import io.debrief.core.common.IssueRef;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The repeat loop of one incident: earlier incidents of its project or component whose debrief items are still open,
 * and linking the incident as a repeat of one ("Debrief repeat": this incident repeats the earlier one).
 */
@Path("incidents/{issueKey}/repeat-of")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RepeatResource {

    /** Which earlier incident this one repeats, by key. */
    public record RepeatRequest(@JsonProperty("earlier") String earlier) {}

    /**
     * An earlier incident and its open items as the reader may see them.
     *
     * @param incident null for items of incidents the reader may not browse (those are never linkable)
     * @param url      the earlier incident's page, relative to Jira's base URL; null with the incident
     */
    public record EarlierView(
            @JsonProperty("incident") String incident,
            @JsonProperty("url") String url,
            @JsonProperty("linked") boolean linked,
            @JsonProperty("openItems") List<ActionItemView> openItems) {}

    /**
     * What the top of the Debrief tab shows.
     *
     * @param linkedTo every earlier incident (the reader may see) this one is linked as a repeat of
     */
    public record RepeatView(
            @JsonProperty("incident") String incident,
            @JsonProperty("canLink") boolean canLink,
            @JsonProperty("earlier") List<EarlierView> earlier,
            @JsonProperty("linkedTo") List<String> linkedTo) {

        static RepeatView of(RepeatIncidents.RepeatCheck check, Clock clock) {
            List<EarlierView> earlier = new ArrayList<>();
            List<String> linked = new ArrayList<>();
            for (RepeatIncidents.Earlier each : check.earlier()) {
                String key = each.incident() == null ? null : each.incident().key();
                earlier.add(new EarlierView(
                        key,
                        key == null ? null : "/browse/" + key,
                        each.linked(),
                        each.openItems().stream()
                                .map(item -> ActionItemView.of(item, clock))
                                .toList()));
                if (each.linked()) {
                    linked.add(key);
                }
            }
            check.linkedOthers().stream().map(IssueRef::key).forEach(linked::add);
            return new RepeatView(check.incident().key(), check.canLink(), earlier, linked);
        }
    }

    private final LinkingRepeats repeats;
    private final KeepingTime time;
    private final ViewerProvider viewers;

    @Inject
    public RepeatResource(LinkingRepeats repeats, KeepingTime time, ViewerProvider viewers) {
        this.repeats = repeats;
        this.time = time;
        this.viewers = viewers;
    }

    /**
     * Earlier incidents with open debrief items (each with those items) and the repeat links already made.
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; otherwise 200
     * {@link RepeatView}.
     */
    @GET
    public RepeatView check(@PathParam("issueKey") String issueKey) {
        return RepeatView.of(repeats.repeatCheck(issueKey, viewers.current()), time.clock());
    }

    /**
     * Links the incident as a repeat of {@code earlier}, as the viewer.
     *
     * <p>Outcomes: anonymous -> 401; unknown or not browsable -> 404; not an incident -> 409; no edit right on the
     * incident -> 403; {@code earlier} blank, too long, the incident itself, not an incident the viewer may browse or
     * not created before this one -> 400 naming {@code earlier}; already linked -> 409; otherwise 200
     * {@link RepeatView} as it is now. Nothing is linked on any refusal.
     */
    @POST
    public RepeatView link(@PathParam("issueKey") String issueKey, RepeatRequest body) {
        String earlier = body == null ? null : body.earlier();
        return RepeatView.of(repeats.linkAsRepeat(issueKey, earlier, viewers.current()), time.clock());
    }
}
