package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.insights.IncidentIndex;
import io.debrief.core.insights.IndexedIncident;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The incident index in Active Objects: a report reads the incidents that began in its months or had an item open
 * since then. Decoding those rows costs more than the report itself, so each node keeps what it last read and, per
 * report, asks the database two indexed questions (how many rows; the latest UPDATED_AT) and reads only the rows
 * written since (less a minute, for clocks of other nodes running behind); a row gone on another node (fewer rows than
 * this node knows) makes it read the range again. Never a read per incident.
 */
@Component
public class AoIncidentIndex implements IncidentIndex {

    private static final String COLUMNS = "ID, INCIDENT_ID, INCIDENT_KEY, PROJECT_KEY, COMPONENTS, LABELS, CREATED_AT,"
            + " BEGAN_AT, FACTS, DEBRIEF_STATUS, HELD_AT, SECURED, ITEMS_OPEN_UNTIL, ITEMS, UPDATED_AT";

    /** How far behind this node's clock another node's may run and its writes still be read. */
    static final long SKEW_MILLIS = 60_000;

    private final ActiveObjects ao;

    /** What this node last read; null until the first report. */
    private Snapshot snapshot;

    /**
     * @param since   the rows relevant since this moment are in {@code rows}, by incident id
     * @param ids     every incident id in the table at the read
     * @param latest  the highest UPDATED_AT read
     */
    private record Snapshot(long since, Map<Long, IndexedIncident> rows, Set<Long> ids, long latest) {}

    @Inject
    public AoIncidentIndex(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void put(IndexedIncident incident) {
        IncidentIndexEntity[] found = ao.find(
                IncidentIndexEntity.class, "INCIDENT_ID = ?", incident.ref().id());
        if (found.length == 0) {
            try {
                ao.create(IncidentIndexEntity.class, values(incident));
                return;
            } catch (RuntimeException raced) {
                // another node indexed it first (INCIDENT_ID is unique): update that row instead
                found = ao.find(
                        IncidentIndexEntity.class,
                        "INCIDENT_ID = ?",
                        incident.ref().id());
                if (found.length == 0) {
                    throw raced;
                }
            }
        }
        IncidentIndexEntity row = found[0];
        row.setIncidentKey(incident.ref().key());
        row.setProjectKey(incident.ref().projectKey());
        row.setComponents(IncidentIndexCodec.lines(new TreeSet<>(incident.components())));
        row.setLabels(IncidentIndexCodec.lines(new TreeSet<>(incident.labels())));
        row.setCreatedAt(incident.created().toEpochMilli());
        row.setBeganAt(incident.began().toEpochMilli());
        row.setFacts(IncidentIndexCodec.facts(incident.facts()));
        row.setDebriefStatus(incident.debrief().name());
        row.setHeldAt(Rows.millis(incident.heldAt()));
        row.setSecured(incident.secured());
        row.setItemsOpenUntil(openUntil(incident));
        row.setItems(IncidentIndexCodec.items(incident.items()));
        row.setUpdatedAt(System.currentTimeMillis());
        row.save();
    }

    /** Inserts rows for incidents not held yet, without looking for them first (seeding, a first fill). */
    public void insertNew(List<IndexedIncident> incidents) {
        for (IndexedIncident incident : incidents) {
            ao.create(IncidentIndexEntity.class, values(incident));
        }
    }

    @Override
    public void remove(long incidentId) {
        ao.deleteWithSQL(IncidentIndexEntity.class, "INCIDENT_ID = ?", incidentId);
        synchronized (this) {
            if (snapshot != null) {
                snapshot.rows().remove(incidentId);
                snapshot.ids().remove(incidentId);
            }
        }
    }

    @Override
    public Set<Long> incidentIds() {
        Set<Long> ids = new HashSet<>();
        for (IncidentIndexEntity row : ao.find(IncidentIndexEntity.class, Query.select("ID, INCIDENT_ID"))) {
            ids.add(row.getIncidentId());
        }
        return ids;
    }

    /** The projects of the kept incidents (the reconcile searches Jira one project at a time). */
    public Set<String> projects() {
        Set<String> keys = new HashSet<>();
        for (IncidentIndexEntity row : ao.find(IncidentIndexEntity.class, Query.select("ID, PROJECT_KEY"))) {
            keys.add(row.getProjectKey());
        }
        return keys;
    }

    @Override
    public synchronized List<IndexedIncident> relevantSince(Set<String> projects, Instant since) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        long from = since.toEpochMilli();
        List<IndexedIncident> rows = new ArrayList<>();
        for (IndexedIncident row : fresh(from).rows().values()) {
            if ((projects == null || projects.contains(row.ref().projectKey())) && relevant(row, from)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** What this node knows, brought up to date: only rows written since the last read are read. */
    private synchronized Snapshot fresh(long since) {
        int count = ao.count(IncidentIndexEntity.class, Query.select());
        IncidentIndexEntity[] newest = ao.find(
                IncidentIndexEntity.class,
                Query.select("ID, UPDATED_AT").order("UPDATED_AT DESC").limit(1));
        long latest = newest.length == 0 ? 0 : newest[0].getUpdatedAt();
        Snapshot known = snapshot;
        if (known == null || known.since() > since) {
            snapshot = read(since, latest);
            return snapshot;
        }
        if (latest == known.latest() && count == known.ids().size()) {
            return known;
        }
        long changedSince = known.latest() - SKEW_MILLIS;
        for (IncidentIndexEntity row :
                ao.find(IncidentIndexEntity.class, Query.select(COLUMNS).where("UPDATED_AT >= ?", changedSince))) {
            IndexedIncident incident = toIncident(row);
            known.ids().add(incident.ref().id());
            if (relevant(incident, known.since())) {
                known.rows().put(incident.ref().id(), incident);
            } else {
                known.rows().remove(incident.ref().id());
            }
        }
        if (known.ids().size() != count) {
            // a row was removed on another node: read the range again
            snapshot = read(since, latest);
            return snapshot;
        }
        snapshot = new Snapshot(known.since(), known.rows(), known.ids(), Math.max(latest, known.latest()));
        return snapshot;
    }

    private Snapshot read(long since, long latest) {
        Map<Long, IndexedIncident> rows = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (IncidentIndexEntity row : ao.find(IncidentIndexEntity.class, Query.select("ID, INCIDENT_ID"))) {
            ids.add(row.getIncidentId());
        }
        for (IncidentIndexEntity row : ao.find(
                IncidentIndexEntity.class,
                Query.select(COLUMNS).where("BEGAN_AT >= ? OR ITEMS_OPEN_UNTIL >= ?", since, since))) {
            IndexedIncident incident = toIncident(row);
            rows.put(incident.ref().id(), incident);
        }
        return new Snapshot(since, rows, ids, latest);
    }

    private static boolean relevant(IndexedIncident incident, long since) {
        if (incident.began().toEpochMilli() >= since) {
            return true;
        }
        Long openUntil = openUntil(incident);
        return openUntil != null && openUntil >= since;
    }

    /** The columns of an incident's row by name, for batch inserts (scale runs). */
    public static Map<String, Object> columns(IndexedIncident incident) {
        Map<String, Object> columns = new HashMap<>();
        for (DBParam param : values(incident)) {
            columns.put(param.getField(), param.getValue());
        }
        return columns;
    }

    private static Long openUntil(IndexedIncident incident) {
        Instant until = incident.itemsOpenUntil();
        return until == null ? null : until.equals(Instant.MAX) ? Long.MAX_VALUE : until.toEpochMilli();
    }

    private static DBParam[] values(IndexedIncident incident) {
        return new DBParam[] {
            new DBParam("INCIDENT_ID", incident.ref().id()),
            new DBParam("INCIDENT_KEY", incident.ref().key()),
            new DBParam("PROJECT_KEY", incident.ref().projectKey()),
            new DBParam("COMPONENTS", IncidentIndexCodec.lines(new TreeSet<>(incident.components()))),
            new DBParam("LABELS", IncidentIndexCodec.lines(new TreeSet<>(incident.labels()))),
            new DBParam("CREATED_AT", incident.created().toEpochMilli()),
            new DBParam("BEGAN_AT", incident.began().toEpochMilli()),
            new DBParam("FACTS", IncidentIndexCodec.facts(incident.facts())),
            new DBParam("DEBRIEF_STATUS", incident.debrief().name()),
            new DBParam("HELD_AT", Rows.millis(incident.heldAt())),
            new DBParam("SECURED", incident.secured()),
            new DBParam("ITEMS_OPEN_UNTIL", openUntil(incident)),
            new DBParam("ITEMS", IncidentIndexCodec.items(incident.items())),
            new DBParam("UPDATED_AT", System.currentTimeMillis())
        };
    }

    private static IndexedIncident toIncident(IncidentIndexEntity row) {
        return new IndexedIncident(
                new IssueRef(row.getIncidentId(), row.getIncidentKey(), row.getProjectKey()),
                Set.copyOf(IncidentIndexCodec.lines(row.getComponents())),
                Set.copyOf(IncidentIndexCodec.lines(row.getLabels())),
                Instant.ofEpochMilli(row.getCreatedAt()),
                IncidentIndexCodec.facts(row.getFacts()),
                DebriefStatus.valueOf(row.getDebriefStatus().toUpperCase(Locale.ROOT)),
                Rows.instant(row.getHeldAt()),
                row.isSecured(),
                IncidentIndexCodec.items(row.getItems()));
    }
}
