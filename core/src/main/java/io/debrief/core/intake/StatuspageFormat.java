package io.debrief.core.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Statuspage-style provider notification: {@code {meta, page: {id, status_indicator}, incident: {id, name, status,
 * created_at, updated_at, shortlink, incident_updates: [{id, status, body, created_at, display_at}], components}}}
 * or a component update ({@code component_update: {id, created_at, old_status, new_status}, component: {name}}).
 *
 * <p>Source: support.atlassian.com/statuspage/docs/enable-webhook-notifications (both payloads) and the Statuspage
 * API's incident update (status: investigating, identified, monitoring, resolved; scheduled ones: scheduled,
 * in_progress, verifying, completed). One event per notification, at the time of its newest update.
 */
final class StatuspageFormat implements FormatParser {

    static final List<String> INCIDENT_STATUSES = List.of(
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "postmortem",
            "scheduled",
            "in_progress",
            "verifying",
            "completed");

    @Override
    public List<ExternalEvent> read(Payload root, Instant receivedAt) {
        String pageId = root.object("page").text("id", 100);
        Optional<Payload> incident = root.optionalObject("incident");
        if (incident.isEmpty() && !root.has("component_update")) {
            root.validation().reject(root.pathOf("incident"), Payload.REQUIRED);
            return List.of();
        }
        return incident.map(value -> incidentEvent(value, pageId)).orElseGet(() -> componentEvent(root, pageId));
    }

    private static List<ExternalEvent> incidentEvent(Payload incident, String pageId) {
        String id = incident.text("id", 100);
        String name = incident.text("name", 1000);
        String status = incident.oneOf("status", INCIDENT_STATUSES);
        Instant updatedAt = incident.optionalInstant("updated_at").orElse(null);
        Instant createdAt = incident.instant("created_at");
        List<Payload> updates = incident.objects("incident_updates", 200, false);
        record Update(String id, Instant at, String body) {}
        List<Update> read = new ArrayList<>();
        for (Payload update : updates) {
            String updateId = update.text("id", 100);
            Instant at = update.optionalInstant("display_at").orElseGet(() -> update.instant("created_at"));
            if (updateId != null && at != null) {
                read.add(new Update(
                        updateId, at, update.optionalText("body", 4000).orElse("")));
            }
        }
        List<String> components = new ArrayList<>();
        for (Payload component : incident.objects("components", 200, false)) {
            component.optionalText("name", 255).ifPresent(components::add);
        }
        if (id == null || name == null || status == null || createdAt == null || pageId == null) {
            return List.of();
        }
        Optional<Update> newest = read.stream().max(Comparator.comparing(Update::at));
        Instant at = newest.map(Update::at).orElse(updatedAt == null ? createdAt : updatedAt);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("provider", pageId);
        labels.put("status", status);
        if (!components.isEmpty()) {
            labels.put("component", String.join(",", components));
        }
        String eventId =
                "sp:" + pageId + ":" + id + ":" + newest.map(Update::id).orElse(status + "@" + at);
        return List.of(ExternalEvent.of(
                eventId,
                EventKind.PROVIDER_UPDATE,
                at,
                name + " (" + status + ")",
                incident.optionalText("shortlink", 2000).orElse(null),
                "sp:" + pageId + ":" + id,
                labels,
                newest.map(Update::body).orElse("")));
    }

    private static List<ExternalEvent> componentEvent(Payload root, String pageId) {
        Payload update = root.object("component_update");
        String id = update.text("id", 100);
        Instant at = update.instant("created_at");
        String newStatus = update.text("new_status", 50);
        String component = root.object("component").text("name", 255);
        if (id == null || at == null || newStatus == null || component == null || pageId == null) {
            return List.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("provider", pageId);
        labels.put("component", component);
        labels.put("status", newStatus);
        return List.of(ExternalEvent.of(
                "sp:" + pageId + ":component:" + id,
                EventKind.PROVIDER_UPDATE,
                at,
                component + " (" + newStatus + ")",
                null,
                "sp:" + pageId + ":component:" + component,
                labels));
    }
}
