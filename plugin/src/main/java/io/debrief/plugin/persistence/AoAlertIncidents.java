package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.IssueRef;
import io.debrief.core.intake.AlertIncident;
import io.debrief.core.intake.AlertIncidents;
import io.debrief.core.intake.Digests;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The incidents alerts opened, in Active Objects: a claim and a resolution are each an INSERT under the unique
 * LINK_KEY, so whichever node is second is told so by the database, on H2, PostgreSQL and the others alike.
 */
@Component
public class AoAlertIncidents implements AlertIncidents {

    static final String OPENED = "OPENED";
    static final String RESOLVED = "RESOLVED";

    private final ActiveObjects ao;

    @Inject
    public AoAlertIncidents(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<AlertIncident> forAlert(String sourceKey, String alertKey) {
        Map<Integer, AlertIncidentEntity> opened = new TreeMap<>();
        Map<Integer, AlertIncidentEntity> resolved = new TreeMap<>();
        for (AlertIncidentEntity row : ao.find(
                AlertIncidentEntity.class, Query.select().where("ALERT_HASH = ?", alertHash(sourceKey, alertKey)))) {
            // the hash narrows; the columns decide
            if (row.getSourceKey().equals(sourceKey) && row.getAlertKey().equals(alertKey)) {
                (OPENED.equals(row.getLinkRole()) ? opened : resolved).put(row.getAlertSequence(), row);
            }
        }
        List<AlertIncident> incidents = new ArrayList<>();
        opened.forEach((sequence, row) -> {
            AlertIncidentEntity resolution = resolved.get(sequence);
            incidents.add(new AlertIncident(
                    sourceKey,
                    alertKey,
                    sequence,
                    row.getEventId(),
                    Instant.ofEpochMilli(row.getHappenedAt()),
                    row.getIssueId() == null
                            ? null
                            : new IssueRef(row.getIssueId(), row.getIssueKey(), row.getProjectKey()),
                    resolution == null ? null : resolution.getEventId(),
                    resolution == null ? null : Instant.ofEpochMilli(resolution.getHappenedAt())));
        });
        return incidents;
    }

    @Override
    public boolean claim(AlertIncident claim) {
        return insert(
                claim.sourceKey(),
                claim.alertKey(),
                claim.sequence(),
                OPENED,
                claim.firingEventId(),
                claim.claimedAt());
    }

    @Override
    public void opened(String sourceKey, String alertKey, int sequence, IssueRef issue) {
        for (AlertIncidentEntity row : rows(sourceKey, alertKey, sequence, OPENED)) {
            row.setIssueId(issue.id());
            row.setIssueKey(issue.key());
            row.setProjectKey(issue.projectKey());
            row.save();
        }
    }

    @Override
    public void release(String sourceKey, String alertKey, int sequence) {
        ao.deleteWithSQL(AlertIncidentEntity.class, "LINK_KEY = ?", linkKey(sourceKey, alertKey, sequence, OPENED));
    }

    @Override
    public boolean resolve(String sourceKey, String alertKey, int sequence, long eventId, Instant at) {
        return insert(sourceKey, alertKey, sequence, RESOLVED, eventId, at);
    }

    @Override
    public void unresolve(String sourceKey, String alertKey, int sequence) {
        ao.deleteWithSQL(AlertIncidentEntity.class, "LINK_KEY = ?", linkKey(sourceKey, alertKey, sequence, RESOLVED));
    }

    private boolean insert(String sourceKey, String alertKey, int sequence, String role, long eventId, Instant at) {
        String key = linkKey(sourceKey, alertKey, sequence, role);
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        AlertIncidentEntity.class,
                        new DBParam("LINK_KEY", key),
                        new DBParam("SOURCE_KEY", sourceKey),
                        new DBParam("ALERT_HASH", alertHash(sourceKey, alertKey)),
                        new DBParam("ALERT_KEY", alertKey),
                        new DBParam("ALERT_SEQUENCE", sequence),
                        new DBParam("LINK_ROLE", role),
                        new DBParam("EVENT_ID", eventId),
                        new DBParam("HAPPENED_AT", at.toEpochMilli())),
                () -> ao.count(AlertIncidentEntity.class, "LINK_KEY = ?", key) > 0);
    }

    private List<AlertIncidentEntity> rows(String sourceKey, String alertKey, int sequence, String role) {
        return Arrays.asList(ao.find(
                AlertIncidentEntity.class,
                Query.select().where("LINK_KEY = ?", linkKey(sourceKey, alertKey, sequence, role))));
    }

    static String alertHash(String sourceKey, String alertKey) {
        return Digests.sha256Hex(sourceKey + "\n" + alertKey);
    }

    static String linkKey(String sourceKey, String alertKey, int sequence, String role) {
        return Digests.sha256Hex(sourceKey + "\n" + alertKey + "\n" + sequence + "\n" + role);
    }
}
