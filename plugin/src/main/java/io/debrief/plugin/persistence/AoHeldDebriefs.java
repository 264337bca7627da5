package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The debriefs that have been held (held or published), read from the debrief table; owner = the incident's. */
@Component
public class AoHeldDebriefs implements HeldDebriefs {

    private final ActiveObjects ao;
    private final AoDebriefStore debriefs;

    @Inject
    public AoHeldDebriefs(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.debriefs = new AoDebriefStore(ao);
    }

    /**
     * Reads by the unique INCIDENT_ID index alone and keeps the held rows here: with the status in the WHERE clause
     * H2 picks the STATUS index and sorts every held row for each page. Drafts are few, so little is read in vain.
     */
    @Override
    public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
        List<HeldDebrief> found = new ArrayList<>(limit);
        long cursor = afterIncidentId;
        DebriefEntity[] rows;
        do {
            rows = ao.find(DebriefEntity.class,
                    Query.select().where("INCIDENT_ID > ?", cursor).order("INCIDENT_ID").limit(limit));
            for (int i = 0; i < rows.length && found.size() < limit; i++) {
                if (isHeld(rows[i])) {
                    found.add(AoDebriefStore.toHeld(rows[i]));
                }
                cursor = rows[i].getIncidentId();
            }
        } while (found.size() < limit && rows.length == limit);
        return found;
    }

    private static boolean isHeld(DebriefEntity row) {
        return row.getHeldAt() != null && Arrays.asList(AoDebriefStore.heldOrPublished()).contains(row.getStatus());
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return debriefs.row(incident.id())
                .filter(row -> row.getHeldAt() != null)
                .map(AoDebriefStore::toHeld);
    }
}
