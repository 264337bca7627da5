package io.debrief.core.access;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;

/** The one rule for administration (settings, job reports): logged in (401), and a Jira administrator (403). */
public final class AdminAccess {

    public static final String ADMIN_REQUIRED = "debrief.error.admin.required";

    private AdminAccess() {}

    /** Returns quietly for an administrator, otherwise refuses. */
    public static void require(Viewer viewer) {
        if (viewer == null || viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        if (!viewer.isAdmin()) {
            throw new ForbiddenException(ADMIN_REQUIRED);
        }
    }
}
