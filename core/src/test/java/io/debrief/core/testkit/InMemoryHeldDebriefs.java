package io.debrief.core.testkit;

import io.debrief.core.checkpoint.CheckpointPolicy;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.settings.ProjectSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Held debriefs in memory, read by incident id like the real store, each with its last number and next look. */
public final class InMemoryHeldDebriefs implements HeldDebriefs {

    private final NavigableMap<Long, HeldDebrief> rows = new TreeMap<>();
    private final Map<Long, Integer> lastNumbers = new HashMap<>();
    private final Map<Long, Instant> nextLooks = new HashMap<>();
    private final Map<String, Integer> planned = new HashMap<>();
    private int looked;

    /** A debrief held at {@code heldAt}: first looked at when a checkpoint can first come due, as the real store. */
    public InMemoryHeldDebriefs held(IssueRef incident, Instant heldAt, UserRef owner) {
        rows.put(incident.id(), new HeldDebrief(incident, heldAt, owner));
        lastNumbers.put(incident.id(), 0);
        nextLooks.put(incident.id(), CheckpointPolicy.earliestFirstLook(heldAt));
        return this;
    }

    /** When the job will look at the incident's debrief next. */
    public Optional<Instant> nextLook(IssueRef incident) {
        return Optional.ofNullable(nextLooks.get(incident.id()));
    }

    @Override
    public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
        return rows.tailMap(afterIncidentId, false).values().stream()
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return Optional.ofNullable(rows.get(incident.id()));
    }

    /** How many held debriefs {@link #dueBy} has handed out in all: what the job looked at. */
    public int looked() {
        return looked;
    }

    @Override
    public List<HeldDebrief> dueBy(Instant moment, long afterIncidentId, int limit) {
        List<HeldDebrief> due = rows.tailMap(afterIncidentId, false).values().stream()
                .filter(held -> !nextLooks.get(held.incident().id()).isAfter(moment))
                .limit(limit)
                .toList();
        looked += due.size();
        return due;
    }

    @Override
    public void scheduleNext(IssueRef incident, int lastNumber, Instant nextLook) {
        if (rows.containsKey(incident.id())) {
            lastNumbers.put(incident.id(), lastNumber);
            nextLooks.put(incident.id(), nextLook);
        }
    }

    @Override
    public Map<String, Integer> plannedIntervals() {
        return Map.copyOf(planned);
    }

    @Override
    public void replan(String projectKey, int intervalDays) {
        CheckpointPolicy policy = new CheckpointPolicy(
                intervalDays == NOT_TAKING_PART ? ProjectSettings.MIN_CHECKPOINT_INTERVAL_DAYS : intervalDays);
        rows.values().stream()
                .filter(held -> held.incident().projectKey().equals(projectKey))
                .forEach(held -> nextLooks.put(
                        held.incident().id(),
                        policy.nextLook(
                                held.heldAt(), lastNumbers.get(held.incident().id()))));
        planned.put(projectKey, intervalDays);
    }

    @Override
    public void recordPlan(String projectKey, int intervalDays) {
        planned.putIfAbsent(projectKey, intervalDays);
    }
}
