package io.debrief.plugin.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.IncidentActionItems;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointHistory;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.actionitem.ActionItemView;
import io.debrief.plugin.checkpoint.CheckpointView;
import java.time.Clock;
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
 *         FollowupViewData.actionItems(actionItems.list(key, viewer), viewer, time.clock(), contextPath));
 * }</pre>
 */
public final class FollowupViewData {

    private FollowupViewData() {}

    /** Data for Debrief.Followup.actionItems; the create form shows when the viewer may edit the incident. */
    public static Map<String, Object> actionItems(
            IncidentActionItems.Listing listing, Viewer viewer, Clock clock, String contextPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", listing.incident().key());
        data.put("contextPath", contextPath == null ? "" : contextPath);
        data.put(
                "items", listing.items().stream().map(item -> item(item, clock)).toList());
        data.put("canCreate", viewer.canEdit(listing.incident().ref()));
        data.put("projectKey", listing.incident().projectKey());
        return data;
    }

    /** Data for Debrief.Followup.checkpoints; dates shown as calendar days in the clock's zone. */
    public static Map<String, Object> checkpoints(
            CheckpointHistory.View view, Viewer viewer, Clock clock, String contextPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", view.incident().key());
        data.put("contextPath", contextPath == null ? "" : contextPath);
        data.put(
                "checkpoints",
                view.history().stream()
                        .map(checkpoint -> checkpoint(checkpoint, clock))
                        .toList());
        data.put(
                "openItems",
                view.items().stream()
                        .filter(TrackedIssue::isOpen)
                        .map(item -> item(item, clock))
                        .toList());
        data.put("canEdit", viewer.canEdit(view.incident().ref()));
        if (view.next() != null) {
            data.put(
                    "next",
                    Map.of(
                            "number",
                            view.next().number(),
                            "due",
                            day(view.next().dueAt(), clock)));
        }
        return data;
    }

    /** The same facts as the REST answer (status, age...), as template data: absent values left out. */
    private static Map<String, Object> item(TrackedIssue item, Clock clock) {
        ActionItemView json = ActionItemView.of(item, clock);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", json.key());
        row.put("summary", json.summary());
        row.put("status", json.status());
        row.put("ageDays", json.ageDays());
        putIfPresent(
                row,
                "assignee",
                json.assignee() == null ? null : json.assignee().displayName());
        putIfPresent(row, "due", json.due());
        putIfPresent(row, "category", json.category());
        putIfPresent(row, "incident", json.incident());
        return row;
    }

    private static void putIfPresent(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }

    private static Map<String, Object> checkpoint(Checkpoint checkpoint, Clock clock) {
        CheckpointView json = CheckpointView.of(checkpoint);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", json.number());
        row.put("due", day(checkpoint.dueAt(), clock));
        row.put("state", json.state());
        putIfPresent(row, "subTask", json.subTask());
        row.put(
                "outcomes",
                json.outcomes().stream()
                        .map(outcome -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("item", outcome.item());
                            o.put("outcome", outcome.outcome());
                            putIfPresent(o, "due", outcome.due());
                            putIfPresent(o, "reason", outcome.reason());
                            return o;
                        })
                        .toList());
        return row;
    }

    private static String day(Instant instant, Clock clock) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }
}
