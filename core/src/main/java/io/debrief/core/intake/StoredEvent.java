package io.debrief.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * An external event as kept: the event, the source it came through, where the source's mapping routed it (project
 * and component, null when no rule matched) and when it arrived.
 */
public record StoredEvent(
        long id,
        String sourceKey,
        EventFormat format,
        ExternalEvent event,
        String projectKey,
        String component,
        Instant receivedAt) {

    public StoredEvent {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The same event routed by {@code source}, not yet stored. */
    public static StoredEvent routed(EventSource source, ExternalEvent event, Instant receivedAt) {
        LabelMapping route = source.routeOf(event).orElse(null);
        return new StoredEvent(
                0,
                source.key(),
                source.format(),
                event,
                route == null ? null : route.projectKey(),
                route == null ? null : route.component(),
                receivedAt);
    }
}
