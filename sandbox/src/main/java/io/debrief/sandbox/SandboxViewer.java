package io.debrief.sandbox;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.Map;
import java.util.Optional;

/** A {@link Person} from the sandbox's seeded rights; administrators may do everything, as in Jira. */
record SandboxViewer(Optional<UserRef> user, boolean isAdmin, Map<String, SandboxUsers.Level> rights)
        implements Person {

    static final SandboxViewer ANONYMOUS = new SandboxViewer(Optional.empty(), false, Map.of());

    @Override
    public boolean canBrowse(IssueRef issue) {
        return canBrowseProject(issue.projectKey());
    }

    @Override
    public boolean canEdit(IssueRef issue) {
        return isAdmin || rights.get(issue.projectKey()) == SandboxUsers.Level.EDIT;
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        return isAdmin || rights.containsKey(projectKey);
    }
}
