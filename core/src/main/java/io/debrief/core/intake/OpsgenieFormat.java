package io.debrief.core.intake;

import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opsgenie's outgoing webhook integration: {@code {action, alert: {alertId, message, alias, tinyId, entity, tags,
 * createdAt, updatedAt, note, details, priority, source}, source, integrationName}}.
 *
 * <p>Source: support.atlassian.com/opsgenie/docs/integrate-opsgenie-with-outgoing-webhooks (payload per action).
 * {@code createdAt} is epoch milliseconds; {@code updatedAt} is epoch nanoseconds in the published examples, so an
 * action's time is read by its magnitude. Actions other than Create, Acknowledge, Close and AddNote are ignored.
 */
final class OpsgenieFormat implements FormatParser {

    private static final Map<String, EventKind> KINDS = Map.of(
            "Create", EventKind.ALERT_FIRING,
            "Acknowledge", EventKind.ALERT_ACKNOWLEDGED,
            "Close", EventKind.ALERT_RESOLVED,
            "AddNote", EventKind.NOTE);
    private static final BigInteger NANOS_FROM = BigInteger.TEN.pow(17);

    @Override
    public List<ExternalEvent> read(Payload root, Instant receivedAt) {
        String action = root.text("action", 100);
        Payload alert = root.object("alert");
        String alertId = alert.text("alertId", 100);
        String message = alert.optionalText("message", 1000).orElse("");
        Instant created = alert.has("createdAt") ? alert.epochMillis("createdAt") : null;
        String updatedRaw = alert.optionalText("updatedAt", 30).orElse(null);
        EventKind kind = action == null ? null : KINDS.get(action);
        if (kind == null || alertId == null) {
            return List.of();
        }
        Instant at = kind == EventKind.ALERT_FIRING && created != null ? created : timeOf(updatedRaw, receivedAt);
        Map<String, String> labels = new LinkedHashMap<>(alert.textMap("details", ExternalEvent.MAX_LABELS));
        alert.optionalText("entity", 255).ifPresent(entity -> labels.put("entity", entity));
        alert.optionalText("priority", 20).ifPresent(priority -> labels.put("priority", priority));
        alert.optionalText("source", 255).ifPresent(source -> labels.put("source", source));
        List<String> tags = alert.texts("tags", 100);
        if (!tags.isEmpty()) {
            labels.put("tags", String.join(",", tags));
        }
        String title = kind == EventKind.NOTE ? alert.optionalText("note", 4000).orElse(message) : message;
        String stamp = updatedRaw != null ? updatedRaw : String.valueOf(at.toEpochMilli());
        return List.of(ExternalEvent.of(
                "og:" + alertId + ":" + action + ":" + stamp,
                kind,
                at,
                title,
                null,
                "og:" + alertId,
                labels,
                alert.optionalText("description", 4000).orElse(""),
                alert.optionalText("alias", 512).orElse("")));
    }

    private static Instant timeOf(String epoch, Instant fallback) {
        if (epoch == null || !epoch.matches("[0-9]{10,20}")) {
            return fallback;
        }
        BigInteger value = new BigInteger(epoch);
        if (value.compareTo(NANOS_FROM) >= 0) {
            BigInteger[] split = value.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
            return Instant.ofEpochSecond(split[0].longValue(), split[1].longValue());
        }
        return Instant.ofEpochMilli(value.longValue());
    }
}
