package io.debrief.plugin.web.testkit;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.Optional;

/**
 * Viewer fixtures for REST and view tests: who asks and what they may do, in every project.
 *
 * <pre>{@code rest.as(editor("alice")).get("/timeline/INC-1")}</pre>
 */
public final class Viewers {

    private Viewers() {
    }

    /** Nobody logged in: may see and change nothing. */
    public static Viewer anonymous() {
        return new FixedViewer(null, false, false, false);
    }

    /** A logged-in user who may browse every project but change nothing. */
    public static Viewer browseOnly(String userKey) {
        return new FixedViewer(new UserRef(userKey, displayName(userKey)), true, false, false);
    }

    /** A logged-in user who may browse and edit everywhere, not an administrator. */
    public static Viewer editor(String userKey) {
        return new FixedViewer(new UserRef(userKey, displayName(userKey)), true, true, false);
    }

    /** The Jira administrator "admin", who may do everything. */
    public static Viewer admin() {
        return new FixedViewer(new UserRef("admin", "Admin"), true, true, true);
    }

    private static String displayName(String userKey) {
        return Character.toUpperCase(userKey.charAt(0)) + userKey.substring(1);
    }

    /** A viewer whose permissions are the same for every issue and project. */
    private record FixedViewer(UserRef person, boolean browse, boolean edit, boolean administrator) implements Viewer {

        @Override
        public Optional<UserRef> user() {
            return Optional.ofNullable(person);
        }

        @Override
        public boolean canBrowse(IssueRef issue) {
            return browse;
        }

        @Override
        public boolean canEdit(IssueRef issue) {
            return edit;
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            return browse;
        }

        @Override
        public boolean isAdmin() {
            return administrator;
        }

        @Override
        public String toString() {
            return person == null ? "anonymous" : person.key();
        }
    }
}
