package io.debrief.core.testkit;

import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Held debriefs in memory, paged by incident id like the real store. */
public final class InMemoryHeldDebriefs implements HeldDebriefs {

    private final Map<Long, HeldDebrief> rows = new TreeMap<>();

    public InMemoryHeldDebriefs held(IssueRef incident, Instant heldAt, UserRef owner) {
        rows.put(incident.id(), new HeldDebrief(incident, heldAt, owner));
        return this;
    }

    @Override
    public Page<HeldDebrief> held(PageRequest page) {
        List<HeldDebrief> all = rows.values().stream()
                .sorted(Comparator.comparingLong(row -> row.incident().id()))
                .toList();
        return Pages.slice(all, page);
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return Optional.ofNullable(rows.get(incident.id()));
    }
}
