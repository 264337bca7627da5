package io.debrief.core.testkit;

import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Held debriefs in memory, read by incident id like the real store. */
public final class InMemoryHeldDebriefs implements HeldDebriefs {

    private final NavigableMap<Long, HeldDebrief> rows = new TreeMap<>();

    public InMemoryHeldDebriefs held(IssueRef incident, Instant heldAt, UserRef owner) {
        rows.put(incident.id(), new HeldDebrief(incident, heldAt, owner));
        return this;
    }

    @Override
    public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
        return rows.tailMap(afterIncidentId, false).values().stream().limit(limit).toList();
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return Optional.ofNullable(rows.get(incident.id()));
    }
}
