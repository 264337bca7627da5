package io.debrief.plugin.web.testkit;

import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.TestViewer;

/**
 * Viewer fixtures for REST and view tests: who asks and what they may do, in every project (core's TestViewer).
 *
 * <pre>{@code rest.as(editor("alice")).get("/timeline/INC-1")}</pre>
 */
public final class Viewers {

    private Viewers() {}

    /** Nobody logged in: may see and change nothing. */
    public static TestViewer anonymous() {
        return new TestViewer(null, false, false, false);
    }

    /** A logged-in user who may browse every project but change nothing. */
    public static TestViewer browseOnly(String userKey) {
        return new TestViewer(new UserRef(userKey, displayName(userKey)), true, false, false);
    }

    /** A logged-in user who may browse and edit everywhere, not an administrator. */
    public static TestViewer editor(String userKey) {
        return new TestViewer(new UserRef(userKey, displayName(userKey)), true, true, false);
    }

    /** The Jira administrator "admin", who may do everything. */
    public static TestViewer admin() {
        return new TestViewer(new UserRef("admin", "Admin"), true, true, true);
    }

    private static String displayName(String userKey) {
        return Character.toUpperCase(userKey.charAt(0)) + userKey.substring(1);
    }
}
