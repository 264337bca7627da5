package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import java.util.Optional;

/** The debriefs that have been held (held or published), page by page; implemented over the debrief store. */
public interface HeldDebriefs {

    /** One page, in a stable order (e.g. by incident id) so paging does not skip or repeat rows. */
    Page<HeldDebrief> held(PageRequest page);

    /** The held debrief of one incident, or empty when it has not been held. */
    Optional<HeldDebrief> find(IssueRef incident);
}
