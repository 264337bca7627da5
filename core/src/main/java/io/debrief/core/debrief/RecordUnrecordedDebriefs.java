package io.debrief.core.debrief;

import io.debrief.core.common.Page;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes the record of every debrief published before records were kept (data upgrade 1): what it is judged on from
 * now on is what it shows at the upgrade, and nothing that changes later changes it. Running it again finds
 * nothing to do; a debrief whose incident no longer exists is left as it is and counted.
 */
public final class RecordUnrecordedDebriefs {

    static final int PAGE = 200;

    private final DebriefStore store;
    private final Incidents incidents;
    private final DebriefService debriefs;

    public RecordUnrecordedDebriefs(DebriefStore store, Incidents incidents, DebriefService debriefs) {
        this.store = Objects.requireNonNull(store, "store");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
    }

    /** What one run did. */
    public record Outcome(int recorded, int incidentMissing) {}

    public Outcome run() {
        int[] recorded = {0};
        int[] missing = {0};
        Page.readAll(request -> store.published(LibraryFilter.any(), request), PAGE, Integer.MAX_VALUE, debrief -> {
            if (debrief.record() != null) {
                return;
            }
            Optional<Incident> incident = incidents.byId(debrief.incidentId());
            if (incident.isEmpty()) {
                missing[0]++;
            } else if (debriefs.freezeIfUnrecorded(incident.get())) {
                recorded[0]++;
            }
        });
        return new Outcome(recorded[0], missing[0]);
    }
}
