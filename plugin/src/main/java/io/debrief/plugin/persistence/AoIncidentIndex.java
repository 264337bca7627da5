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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The incident index in Active Objects: a report is one streamed, indexed range of INCIDENT_INDEX (the incidents
 * that began in its months or had an item open since their start), never a read per incident.
 */
@Component
public class AoIncidentIndex implements IncidentIndex {

    private static final String COLUMNS = "ID, INCIDENT_ID, INCIDENT_KEY, PROJECT_KEY, COMPONENTS, LABELS, CREATED_AT,"
            + " BEGAN_AT, FACTS, DEBRIEF_STATUS, HELD_AT, SECURED, ITEMS_OPEN_UNTIL, ITEMS";

    private final ActiveObjects ao;

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
    }

    @Override
    public Set<Long> incidentIds() {
        Set<Long> ids = new HashSet<>();
        ao.stream(IncidentIndexEntity.class, Query.select("ID, INCIDENT_ID"), row -> ids.add(row.getIncidentId()));
        return ids;
    }

    @Override
    public List<IndexedIncident> relevantSince(Set<String> projects, Instant since) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        long from = since.toEpochMilli();
        StringBuilder where = new StringBuilder("(BEGAN_AT >= ? OR ITEMS_OPEN_UNTIL >= ?)");
        List<Object> params = new ArrayList<>(List.of(from, from));
        if (projects != null) {
            List<String> keys = projects.stream().sorted().toList();
            List<String> lists = new ArrayList<>();
            for (int start = 0; start < keys.size(); start += Rows.IN_CHUNK) {
                int end = Math.min(start + Rows.IN_CHUNK, keys.size());
                lists.add("PROJECT_KEY IN (" + String.join(", ", Collections.nCopies(end - start, "?")) + ")");
            }
            where.append(" AND (").append(String.join(" OR ", lists)).append(')');
            params.addAll(keys);
        }
        List<IndexedIncident> rows = new ArrayList<>();
        ao.stream(
                IncidentIndexEntity.class,
                Query.select(COLUMNS).where(where.toString(), params.toArray()),
                row -> rows.add(toIncident(row)));
        return rows;
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
            new DBParam("ITEMS", IncidentIndexCodec.items(incident.items()))
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
