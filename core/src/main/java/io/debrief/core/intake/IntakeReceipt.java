package io.debrief.core.intake;

import io.debrief.core.common.IssueRef;
import java.util.List;

/**
 * What one delivery did: events read from the payload, newly stored, and already known (sent again); and, at a source
 * that opens incidents, the Incident issues its alerts opened, the incidents whose resolution it recorded, and how many
 * openings the tracker refused (the alert then stays an event to suggest).
 */
public record IntakeReceipt(
        int received, int stored, int duplicates, List<IssueRef> opened, List<IssueRef> resolved, int refused) {

    public IntakeReceipt {
        opened = opened == null ? List.of() : List.copyOf(opened);
        resolved = resolved == null ? List.of() : List.copyOf(resolved);
    }

    /** A delivery that opened and resolved nothing. */
    public IntakeReceipt(int received, int stored, int duplicates) {
        this(received, stored, duplicates, List.of(), List.of(), 0);
    }
}
