package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import java.util.List;
import java.util.Optional;

/** The debriefs that have been held (held or published), page by page; implemented over the debrief store. */
public interface HeldDebriefs {

    /**
     * Up to {@code limit} held debriefs whose incident id is above {@code afterIncidentId}, by incident id: a keyset
     * page, so reading every held debrief costs the same per page however many there are (an offset page would make
     * the database skip all earlier rows on every page).
     */
    List<HeldDebrief> heldAfter(long afterIncidentId, int limit);

    /** The held debrief of one incident, or empty when it has not been held. */
    Optional<HeldDebrief> find(IssueRef incident);
}
