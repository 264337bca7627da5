package io.debrief.core.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.intake.AlertIncident;
import io.debrief.core.intake.AlertIncidents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The incidents alerts opened, in memory: one claim per source, alert key and sequence, one resolution each. */
public final class InMemoryAlertIncidents implements AlertIncidents {

    private final List<AlertIncident> rows = new ArrayList<>();

    @Override
    public synchronized List<AlertIncident> forAlert(String sourceKey, String alertKey) {
        return rows.stream()
                .filter(row ->
                        row.sourceKey().equals(sourceKey) && row.alertKey().equals(alertKey))
                .sorted(Comparator.comparingInt(AlertIncident::sequence))
                .toList();
    }

    @Override
    public synchronized boolean claim(AlertIncident claim) {
        if (index(claim.sourceKey(), claim.alertKey(), claim.sequence()) >= 0) {
            return false;
        }
        rows.add(claim);
        return true;
    }

    @Override
    public synchronized void opened(String sourceKey, String alertKey, int sequence, IssueRef issue) {
        int at = index(sourceKey, alertKey, sequence);
        AlertIncident row = rows.get(at);
        rows.set(
                at,
                new AlertIncident(
                        sourceKey,
                        alertKey,
                        sequence,
                        row.firingEventId(),
                        row.claimedAt(),
                        issue,
                        row.resolvedEventId(),
                        row.resolvedAt()));
    }

    @Override
    public synchronized void release(String sourceKey, String alertKey, int sequence) {
        int at = index(sourceKey, alertKey, sequence);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    @Override
    public synchronized boolean resolve(String sourceKey, String alertKey, int sequence, long eventId, Instant when) {
        int at = index(sourceKey, alertKey, sequence);
        if (at < 0 || rows.get(at).resolutionRecorded()) {
            return false;
        }
        AlertIncident row = rows.get(at);
        rows.set(
                at,
                new AlertIncident(
                        sourceKey,
                        alertKey,
                        sequence,
                        row.firingEventId(),
                        row.claimedAt(),
                        row.issue(),
                        eventId,
                        when));
        return true;
    }

    @Override
    public synchronized void unresolve(String sourceKey, String alertKey, int sequence) {
        int at = index(sourceKey, alertKey, sequence);
        if (at >= 0) {
            AlertIncident row = rows.get(at);
            rows.set(
                    at,
                    new AlertIncident(
                            sourceKey,
                            alertKey,
                            sequence,
                            row.firingEventId(),
                            row.claimedAt(),
                            row.issue(),
                            null,
                            null));
        }
    }

    private int index(String sourceKey, String alertKey, int sequence) {
        for (int i = 0; i < rows.size(); i++) {
            AlertIncident row = rows.get(i);
            if (row.sourceKey().equals(sourceKey) && row.alertKey().equals(alertKey) && row.sequence() == sequence) {
                return i;
            }
        }
        return -1;
    }
}
