package io.debrief.core.access;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.Optional;

/**
 * Who is asking, and what they may do. Every use case that reads or writes on someone's behalf takes one.
 *
 * <p>In Jira this is the logged-in user with Jira's project permissions; in the sandbox, its seeded users.
 */
public interface Viewer {

    /** The person asking, or empty when anonymous. */
    Optional<UserRef> user();

    /** May see the issue (Jira: Browse Projects, issue security respected). */
    boolean canBrowse(IssueRef issue);

    /** May change the issue (Jira: Edit Issues). */
    boolean canEdit(IssueRef issue);

    /** May see the project at all (Jira: Browse Projects on the project). */
    boolean canBrowseProject(String projectKey);

    /** A Jira administrator. */
    boolean isAdmin();

    default boolean isAnonymous() {
        return user().isEmpty();
    }
}
