package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import jakarta.inject.Inject;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The debriefs that have been held (held or published), read from the debrief table; owner = the incident's. */
@Component
public class AoHeldDebriefs implements HeldDebriefs {

    private static final String WHERE_HELD = "STATUS IN (?, ?) AND HELD_AT IS NOT NULL";

    private final AoDebriefStore debriefs;

    @Inject
    public AoHeldDebriefs(@ComponentImport ActiveObjects ao) {
        this.debriefs = new AoDebriefStore(ao);
    }

    @Override
    public Page<HeldDebrief> held(PageRequest page) {
        return debriefs.page(Query.select().where(WHERE_HELD, AoDebriefStore.heldOrPublished()).order("INCIDENT_ID"),
                page, AoDebriefStore::toHeld);
    }

    @Override
    public Optional<HeldDebrief> find(IssueRef incident) {
        return debriefs.row(incident.id())
                .filter(row -> row.getHeldAt() != null)
                .map(AoDebriefStore::toHeld);
    }
}
