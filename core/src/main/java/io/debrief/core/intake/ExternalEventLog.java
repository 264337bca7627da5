package io.debrief.core.intake;

import java.time.Instant;
import java.util.List;

/**
 * The external events kept (port; Active Objects in the plugin): idempotent on the source's event id, bounded by
 * retention.
 */
public interface ExternalEventLog {

    /**
     * Stores the events not stored before (same source, same event id) all together, and answers how many were new.
     * Safe to call from two nodes at once with the same events: each is kept once.
     */
    default int addNew(List<StoredEvent> events) {
        return storeNew(events).size();
    }

    /**
     * As {@link #addNew}, answering the events that were new, as stored (with their ids), in the order given: what a
     * delivery adds that was not there before, so it is acted on once however often it is sent.
     */
    List<StoredEvent> storeNew(List<StoredEvent> events);

    /**
     * Events that happened in {@code from..to} (inclusive) and were routed to {@code projectKey} or mention
     * {@code incidentKey}; oldest first, at most {@code limit}.
     */
    List<StoredEvent> about(String projectKey, String incidentKey, Instant from, Instant to, int limit);

    /** Removes events received before {@code cutoff}; answers how many. */
    int removeReceivedBefore(Instant cutoff);
}
