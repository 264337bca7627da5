package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The debriefs that have been held (held or published), read from the debrief table; owner = the incident's. */
@Component
public class AoHeldDebriefs implements HeldDebriefs {

    private static final String WHERE_HELD = "STATUS IN (?, ?) AND HELD_AT IS NOT NULL";

    private final ActiveObjects ao;
    private final AoDebriefStore debriefs;

    @Inject
    public AoHeldDebriefs(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
        this.debriefs = new AoDebriefStore(ao);
    }

    @Override
    public List<HeldDebrief> heldAfter(long afterIncidentId, int limit) {
        Object[] held = AoDebriefStore.heldOrPublished();
        Query query = Query.select().where(WHERE_HELD + " AND INCIDENT_ID > ?", held[0], held[1], afterIncidentId)
                .order("INCIDENT_ID").limit(limit);
        return Arrays.stream(ao.find(DebriefEntity.class, query)).map(AoDebriefStore::toHeld).toList();
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return debriefs.row(incident.id())
                .filter(row -> row.getHeldAt() != null)
                .map(AoDebriefStore::toHeld);
    }
}
