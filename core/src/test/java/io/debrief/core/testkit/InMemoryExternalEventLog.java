package io.debrief.core.testkit;

import io.debrief.core.intake.ExternalEventLog;
import io.debrief.core.intake.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** External events in memory, one per source and event id. */
public final class InMemoryExternalEventLog implements ExternalEventLog {

    private final Map<String, StoredEvent> byIdentity = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<StoredEvent> storeNew(List<StoredEvent> events) {
        List<StoredEvent> added = new ArrayList<>();
        for (StoredEvent event : events) {
            String identity = event.sourceKey() + "\n" + event.event().eventId();
            if (!byIdentity.containsKey(identity)) {
                StoredEvent stored = new StoredEvent(
                        nextId++,
                        event.sourceKey(),
                        event.format(),
                        event.event(),
                        event.projectKey(),
                        event.component(),
                        event.receivedAt());
                byIdentity.put(identity, stored);
                added.add(stored);
            }
        }
        return added;
    }

    @Override
    public synchronized List<StoredEvent> about(
            String projectKey, String incidentKey, Instant from, Instant to, int limit) {
        return byIdentity.values().stream()
                .filter(stored -> !stored.event().at().isBefore(from)
                        && !stored.event().at().isAfter(to))
                .filter(stored -> projectKey.equals(stored.projectKey())
                        || stored.event().mentionedKeys().contains(incidentKey))
                .sorted(Comparator.comparing(
                                (StoredEvent stored) -> stored.event().at())
                        .thenComparing(StoredEvent::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int removeReceivedBefore(Instant cutoff) {
        List<String> old = new ArrayList<>();
        byIdentity.forEach((identity, stored) -> {
            if (stored.receivedAt().isBefore(cutoff)) {
                old.add(identity);
            }
        });
        old.forEach(byIdentity::remove);
        return old.size();
    }

    public synchronized List<StoredEvent> all() {
        return List.copyOf(byIdentity.values());
    }
}
