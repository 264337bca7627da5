package io.debrief.core.testkit;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.Optional;

/**
 * A viewer with plain yes/no rights on every issue: {@code aViewer("bob").withoutEdit()}.
 *
 * @param person null for anonymous
 */
public record TestViewer(UserRef person, boolean browse, boolean edit, boolean admin) implements Viewer {

    /** A logged-in person who may browse and edit everything. */
    public static TestViewer aViewer(String key) {
        return new TestViewer(
                new UserRef(key, key.substring(0, 1).toUpperCase() + key.substring(1)), true, true, false);
    }

    /** Nobody logged in (anonymous browsing allowed, to show that it is still refused). */
    public static TestViewer anonymous() {
        return new TestViewer(null, true, false, false);
    }

    public TestViewer withoutBrowse() {
        return new TestViewer(person, false, false, admin);
    }

    public TestViewer withoutEdit() {
        return new TestViewer(person, browse, false, admin);
    }

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
        return admin;
    }
}
