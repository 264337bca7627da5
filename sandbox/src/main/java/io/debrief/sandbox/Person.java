package io.debrief.sandbox;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.Optional;

/**
 * The person behind a sandbox request, with the rights the sandbox's user directory gives them: what the host's own
 * pages and its Jira services check. The plugin never sees it: it asks the host's Jira services (its viewers are its
 * own {@code JiraViewerProvider}'s).
 */
public interface Person {

    /** Empty for anonymous. */
    Optional<UserRef> user();

    boolean canBrowse(IssueRef issue);

    boolean canEdit(IssueRef issue);

    boolean canBrowseProject(String projectKey);

    boolean isAdmin();

    default boolean isAnonymous() {
        return user().isEmpty();
    }
}
