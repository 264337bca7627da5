package io.debrief.core.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PagerDuty's v3 webhook: {@code {"event": {id, event_type, resource_type, occurred_at, data}}}; for incident events
 * {@code data} is the incident (id, number, title, status, html_url, service, priority, urgency), for
 * {@code incident.annotated} it is the note (content, incident reference).
 *
 * <p>Source: developer.pagerduty.com/docs/webhooks/v3-overview (payload) and .../verifying-signatures (the
 * {@code X-PagerDuty-Signature} header, checked by {@link PagerDutySignature} before parsing). Other event types of a
 * subscription (priority updated, reassigned...) are accepted and ignored.
 */
final class PagerDutyFormat implements FormatParser {

    private static final Map<String, EventKind> KINDS = Map.of(
            "incident.triggered", EventKind.ALERT_FIRING,
            "incident.acknowledged", EventKind.ALERT_ACKNOWLEDGED,
            "incident.resolved", EventKind.ALERT_RESOLVED,
            "incident.annotated", EventKind.NOTE);

    @Override
    public List<ExternalEvent> read(Payload root, Instant receivedAt) {
        Payload event = root.object("event");
        String id = event.text("id", ExternalEvent.MAX_ID);
        String type = event.text("event_type", 100);
        Instant at = event.instant("occurred_at");
        Payload data = event.object("data");
        EventKind kind = type == null ? null : KINDS.get(type);
        if (kind == null) {
            return List.of();
        }
        boolean note = kind == EventKind.NOTE;
        Payload incident = note ? data.object("incident") : data;
        String incidentId = incident.text("id", 100);
        String title = note
                ? data.optionalText("content", 4000).orElse("")
                : incident.optionalText("title", 1000).orElse("");
        String link = incident.optionalText("html_url", 2000).orElse(null);
        Map<String, String> labels = new LinkedHashMap<>();
        if (!note) {
            incident.optionalObject("service")
                    .flatMap(service -> service.optionalText("summary", 255))
                    .ifPresent(service -> labels.put("service", service));
            incident.optionalObject("priority")
                    .flatMap(priority -> priority.optionalText("summary", 255))
                    .ifPresent(priority -> labels.put("priority", priority));
            incident.optionalText("urgency", 50).ifPresent(urgency -> labels.put("urgency", urgency));
        }
        String summary = incident.optionalText("summary", 1000).orElse("");
        if (id == null || at == null || incidentId == null) {
            return List.of();
        }
        return List.of(ExternalEvent.of(
                "pd:" + id, kind, at, title.isBlank() ? summary : title, link, "pd:" + incidentId, labels, summary));
    }
}
