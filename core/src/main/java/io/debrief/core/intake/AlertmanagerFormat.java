package io.debrief.core.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prometheus Alertmanager's webhook payload (version 4) and Grafana alerting's webhook, which extends it: a group of
 * alerts, each firing or resolved, with labels, annotations, {@code startsAt}/{@code endsAt} and a fingerprint.
 *
 * <p>Sources: prometheus.io/docs/alerting/latest/configuration/#webhook_config (the v4 JSON shape) and
 * grafana.com/docs/grafana/latest/alerting/.../webhook-notifier (the same alerts, plus orgId, title, state, message).
 * One event per alert; an alert notified again (repeat interval) has the same id and is stored once. The alert's key
 * ({@link ExternalEvent#subjectKey()}) is its fingerprint: firing and resolved share it, and so does the same alert
 * firing again later, which is how a source that opens incidents tells a known alert from a new one.
 */
final class AlertmanagerFormat implements FormatParser {

    static final int MAX_ALERTS = 500;
    private static final List<String> STATUSES = List.of("firing", "resolved");

    private final boolean grafana;

    AlertmanagerFormat(boolean grafana) {
        this.grafana = grafana;
    }

    @Override
    public List<ExternalEvent> read(Payload root, Instant receivedAt) {
        if (!grafana) {
            root.oneOf("version", List.of("4"));
        }
        root.oneOf("status", STATUSES);
        String prefix = grafana ? "grafana:" : "am:";
        List<ExternalEvent> events = new ArrayList<>();
        for (Payload alert : root.objects("alerts", MAX_ALERTS, true)) {
            String status = alert.oneOf("status", STATUSES);
            Map<String, String> labels = alert.textMap("labels", ExternalEvent.MAX_LABELS);
            if (!alert.has("labels")) {
                alert.validation().reject(alert.pathOf("labels"), Payload.REQUIRED);
            }
            Map<String, String> annotations = alert.textMap("annotations", ExternalEvent.MAX_LABELS);
            Instant startsAt = alert.instant("startsAt");
            Instant endsAt = alert.optionalInstant("endsAt").orElse(null);
            if ("resolved".equals(status) && endsAt == null) {
                alert.validation().reject(alert.pathOf("endsAt"), Payload.REQUIRED);
            }
            String fingerprint = alert.optionalText("fingerprint", 128).orElseGet(() -> fingerprintOf(labels));
            String link = alert.optionalText("generatorURL", 2000).orElse(null);
            if (grafana) {
                link = alert.optionalText("panelURL", 2000)
                        .or(() -> alert.optionalText("dashboardURL", 2000))
                        .orElse(link);
            }
            if (status == null || startsAt == null || (endsAt == null && "resolved".equals(status))) {
                continue;
            }
            boolean firing = "firing".equals(status);
            Instant at = firing ? startsAt : endsAt;
            String name = labels.getOrDefault("alertname", fingerprint);
            String summary = annotations.getOrDefault("summary", annotations.getOrDefault("description", ""));
            events.add(ExternalEvent.of(
                    prefix + fingerprint + ":" + status + ":" + at,
                    firing ? EventKind.ALERT_FIRING : EventKind.ALERT_RESOLVED,
                    at,
                    summary.isBlank() ? name : name + ": " + summary,
                    link,
                    prefix + fingerprint,
                    labels,
                    annotations.values().toArray(String[]::new)));
        }
        return events;
    }

    /** Alertmanager before 0.19 sent no fingerprint: the sorted label set identifies an alert the same way. */
    private static String fingerprintOf(Map<String, String> labels) {
        return Digests.sha256Hex(new TreeMap<>(labels).toString()).substring(0, 16);
    }
}
