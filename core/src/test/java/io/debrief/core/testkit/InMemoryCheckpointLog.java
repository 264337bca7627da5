package io.debrief.core.testkit;

import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A checkpoint log in memory with the same rule as the database: one row per (incident id, number). */
public final class InMemoryCheckpointLog implements CheckpointLog {

    private final Map<String, Checkpoint> rows = new TreeMap<>();

    @Override
    public synchronized boolean claim(IssueRef incident, int number, Instant dueAt, Instant claimedAt) {
        return rows.putIfAbsent(key(incident, number), Checkpoint.claimed(incident, number, dueAt, claimedAt)) == null;
    }

    @Override
    public synchronized boolean recordQuiet(IssueRef incident, int number, Instant dueAt, Instant recordedAt) {
        return rows.putIfAbsent(key(incident, number), Checkpoint.quiet(incident, number, dueAt, recordedAt)) == null;
    }

    @Override
    public synchronized void markOpened(IssueRef incident, int number, IssueRef subTask) {
        rows.computeIfPresent(key(incident, number), (k, row) -> row.opened(subTask));
    }

    @Override
    public synchronized List<Checkpoint> unfinishedClaims(Instant claimedBefore, int limit) {
        return rows.values().stream()
                .filter(row -> row.state() == Checkpoint.State.CLAIMED)
                .filter(row -> row.claimedAt().isBefore(claimedBefore))
                .sorted(Comparator.comparing(Checkpoint::claimedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean reclaim(IssueRef incident, int number, Instant previousClaimedAt, Instant claimedAt) {
        Checkpoint row = rows.get(key(incident, number));
        if (row == null
                || row.state() != Checkpoint.State.CLAIMED
                || !row.claimedAt().equals(previousClaimedAt)) {
            return false;
        }
        rows.put(key(incident, number), Checkpoint.claimed(incident, number, row.dueAt(), claimedAt));
        return true;
    }

    @Override
    public synchronized boolean recordOutcomes(IssueRef incident, int number, Map<IssueRef, ItemOutcome> outcomes) {
        Checkpoint row = rows.get(key(incident, number));
        if (row == null || row.state() == Checkpoint.State.CLOSED) {
            return false;
        }
        rows.put(key(incident, number), row.closed(outcomes));
        return true;
    }

    @Override
    public synchronized void reopen(IssueRef incident, int number) {
        rows.computeIfPresent(
                key(incident, number),
                (k, row) -> row.state() == Checkpoint.State.CLOSED
                        ? new Checkpoint(
                                row.incident(),
                                row.number(),
                                row.dueAt(),
                                row.claimedAt(),
                                row.subTask(),
                                Checkpoint.State.OPENED,
                                Map.of())
                        : row);
    }

    @Override
    public synchronized List<Checkpoint> history(IssueRef incident) {
        return rows.values().stream()
                .filter(row -> row.incident().equals(incident))
                .sorted(Comparator.comparingInt(Checkpoint::number))
                .toList();
    }

    @Override
    public synchronized Map<IssueRef, Integer> timesReplanned(Collection<IssueRef> items) {
        Map<IssueRef, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.put(item, 0));
        for (Checkpoint row : rows.values()) {
            row.outcomes().forEach((item, outcome) -> {
                if (outcome instanceof ItemOutcome.Replanned && counts.containsKey(item)) {
                    counts.merge(item, 1, Integer::sum);
                }
            });
        }
        return counts;
    }

    private static String key(IssueRef incident, int number) {
        return String.format("%012d#%04d", incident.id(), number);
    }
}
