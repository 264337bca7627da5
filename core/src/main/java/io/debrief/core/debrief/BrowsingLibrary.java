package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.Page;

/**
 * The library use case as its adapters (the library page, its REST resource) see it: find published debriefs the
 * reader may browse, and open one read-only. Implemented by {@link DebriefLibrary}.
 */
public interface BrowsingLibrary {

    /** One page of the published debriefs {@code viewer} may browse that match {@code query}, newest first. */
    Page<LibraryEntry> search(LibraryQuery query, Viewer viewer);

    /** One published debrief with its record, as {@code viewer} may read it. */
    PublishedDebrief open(String issueKey, Viewer viewer);
}
