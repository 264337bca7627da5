package io.debrief.plugin.web.page;

import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.IncidentActionItems;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointHistory;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.rest.followup.CheckpointJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the data of templates Debrief.Followup.actionItems and Debrief.Followup.checkpoints from core's views, so
 * the Debrief tab (or any page) renders the sections with one call each:
 *
 * <pre>{@code
 * resources.require("debrief-checkpoints");   // also pulls in debrief-followup (action items JS + CSS)
 * views.render("debrief-followup", "Debrief.Followup.actionItems",
 *         FollowupViewData.actionItems(app.incidentActionItems().list(key, viewer), viewer, app.clock(), contextPath));
 * }</pre>
 */
public final class FollowupViewData {

    private FollowupViewData() {
    }

    /** Data for Debrief.Followup.actionItems; the create form shows when the viewer may edit the incident. */
    public static Map<String, Object> actionItems(IncidentActionItems.Listing listing, Viewer viewer, Clock clock,
                                                  String contextPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", listing.incident().key());
        data.put("contextPath", contextPath == null ? "" : contextPath);
        data.put("items", listing.items().stream().map(item -> item(item, clock)).toList());
        data.put("knownOpenActions", listing.knownOpenActions().stream().map(item -> item(item, clock)).toList());
        data.put("canCreate", viewer.canEdit(listing.incident().ref()));
        data.put("projectKey", listing.incident().projectKey());
        return data;
    }

    /** Data for Debrief.Followup.checkpoints; dates shown as calendar days in the clock's zone. */
    public static Map<String, Object> checkpoints(CheckpointHistory.View view, Viewer viewer, Clock clock,
                                                  String contextPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", view.incident().key());
        data.put("contextPath", contextPath == null ? "" : contextPath);
        data.put("checkpoints", view.history().stream().map(checkpoint -> checkpoint(checkpoint, clock)).toList());
        data.put("openItems", view.items().stream().filter(TrackedIssue::isOpen).map(item -> item(item, clock))
                .toList());
        data.put("canEdit", viewer.canEdit(view.incident().ref()));
        if (view.next() != null) {
            data.put("next", Map.of("number", view.next().number(), "due", day(view.next().dueAt(), clock)));
        }
        return data;
    }

    private static Map<String, Object> item(TrackedIssue item, Clock clock) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", item.key());
        row.put("summary", item.summary());
        row.put("status", item.isOpen() ? "open" : "done");
        row.put("ageDays", Math.max(0, Duration.between(item.created(), clock.instant()).toDays()));
        if (item.assignee() != null) {
            row.put("assignee", item.assignee().displayName());
        }
        if (item.due() != null) {
            row.put("due", item.due().toString());
        }
        if (item.category() != null) {
            row.put("category", item.category().wireName());
        }
        if (item.incident() != null) {
            row.put("incident", item.incident().key());
        }
        return row;
    }

    private static Map<String, Object> checkpoint(Checkpoint checkpoint, Clock clock) {
        CheckpointJson json = CheckpointJson.of(checkpoint);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", json.number());
        row.put("due", day(checkpoint.dueAt(), clock));
        row.put("state", json.state());
        if (json.subTask() != null) {
            row.put("subTask", json.subTask());
        }
        row.put("outcomes", json.outcomes().stream().map(outcome -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("item", outcome.item());
            o.put("outcome", outcome.outcome());
            if (outcome.due() != null) {
                o.put("due", outcome.due());
            }
            if (outcome.reason() != null) {
                o.put("reason", outcome.reason());
            }
            return o;
        }).toList());
        return row;
    }

    private static String day(Instant instant, Clock clock) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }
}
