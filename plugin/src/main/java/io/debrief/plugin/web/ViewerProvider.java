package io.debrief.plugin.web;

import io.debrief.core.access.Viewer;

/**
 * Supplies the {@link Viewer} of the current request; REST resources and views get it injected and hand it to core.
 *
 * <p>Jira's adapter answers from the logged-in user, the sandbox from its session. Never returns null: an anonymous
 * request gets an anonymous viewer, and core refuses it (401) where a user is needed.
 */
public interface ViewerProvider {

    /** The viewer of the request being served. */
    Viewer current();
}
