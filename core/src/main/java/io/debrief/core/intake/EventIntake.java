package io.debrief.core.intake;

import io.debrief.core.common.NotAuthenticatedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Receives one delivery from a sender: authenticates it by the source's secret (and signature where the format
 * signs), reads the payload in the source's format, and stores the new events; nothing is stored unless all of that
 * passed. Events are kept for a bounded time after they arrived: the admin's {@link EventRetention}
 * ({@link #DEFAULT_RETENTION} until set).
 */
public final class EventIntake {

    /** Unknown source, missing or wrong secret, or a bad signature: one answer for all, so nothing leaks. */
    public static final String NOT_AUTHENTICATED = "debrief.error.intake.secret";

    /** How long events are kept after they arrived, unless an admin set {@link EventRetention}. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    private final EventSources sources;
    private final ExternalEventLog log;
    private final Clock clock;
    private final Supplier<Duration> retention;
    private final IncidentsFromAlerts incidents;

    public EventIntake(EventSources sources, ExternalEventLog log, Clock clock) {
        this(sources, log, clock, DEFAULT_RETENTION);
    }

    public EventIntake(EventSources sources, ExternalEventLog log, Clock clock, Duration retention) {
        this(sources, log, clock, fixed(retention), null);
    }

    /** An intake whose retention is the admin's setting, read on each delivery that stores something. */
    public EventIntake(EventSources sources, ExternalEventLog log, Clock clock, EventRetention retention) {
        this(sources, log, clock, Objects.requireNonNull(retention, "retention")::current, null);
    }

    /**
     * An intake whose sources may open incidents: after a delivery is stored, its new alert events open and resolve
     * incidents at the sources set to (see {@link IncidentsFromAlerts}).
     */
    public EventIntake(
            EventSources sources,
            ExternalEventLog log,
            Clock clock,
            EventRetention retention,
            IncidentsFromAlerts incidents) {
        this(
                sources,
                log,
                clock,
                Objects.requireNonNull(retention, "retention")::current,
                Objects.requireNonNull(incidents, "incidents"));
    }

    private EventIntake(
            EventSources sources,
            ExternalEventLog log,
            Clock clock,
            Supplier<Duration> retention,
            IncidentsFromAlerts incidents) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = retention;
        this.incidents = incidents;
    }

    private static Supplier<Duration> fixed(Duration retention) {
        Objects.requireNonNull(retention, "retention");
        return () -> retention;
    }

    /**
     * @param secret the secret the sender presented (bearer token or {@code token} query parameter), or null
     * @param signature the sender's signature header ({@code X-PagerDuty-Signature}), or null
     * @param body the raw payload, as signed
     */
    public IntakeReceipt receive(String sourceKey, String secret, String signature, String body) {
        EventSource source = sourceKey == null || sourceKey.length() > 64
                ? null
                : sources.byKey(sourceKey).orElse(null);
        if (source == null || !SourceSecret.matches(secret, source.secretHash())) {
            throw new NotAuthenticatedException(NOT_AUTHENTICATED);
        }
        if (source.format().isSigned() && !PagerDutySignature.verifies(signature, body, source.signingSecret())) {
            throw new NotAuthenticatedException(NOT_AUTHENTICATED);
        }
        Instant now = clock.instant();
        List<ExternalEvent> events = source.format().parse(body, now);
        // one payload may carry the same event twice (a repeated alert): keep it once
        Map<String, StoredEvent> unique = new LinkedHashMap<>();
        events.forEach(event -> unique.putIfAbsent(event.eventId(), StoredEvent.routed(source, event, now)));
        List<StoredEvent> fresh = unique.isEmpty() ? List.of() : log.storeNew(List.copyOf(unique.values()));
        int stored = fresh.size();
        if (stored > 0) {
            // retention rides on the writes: whatever node stores, removes what is past retention (an indexed,
            // idempotent delete), so the table stays bounded without a job or any node's memory
            log.removeReceivedBefore(now.minus(retention.get()));
        }
        // only what is new acts: an alert notified again (Alertmanager's repeat interval) opens nothing twice
        IncidentsFromAlerts.Outcome outcome =
                incidents == null || fresh.isEmpty() ? null : incidents.act(source, fresh);
        return outcome == null
                ? new IntakeReceipt(events.size(), stored, events.size() - stored)
                : new IntakeReceipt(
                        events.size(),
                        stored,
                        events.size() - stored,
                        outcome.opened(),
                        outcome.resolved(),
                        outcome.refused());
    }
}
