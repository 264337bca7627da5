package io.debrief.core.testkit;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A viewer whose permissions a test spells out: allowed everything unless told otherwise. */
public final class ScriptedViewer implements Viewer {

    private final UserRef user;
    private final Set<String> hidden = new HashSet<>();
    private final Set<String> readOnly = new HashSet<>();
    private final Set<String> hiddenProjects = new HashSet<>();
    private boolean admin;

    private ScriptedViewer(UserRef user) {
        this.user = user;
    }

    public static ScriptedViewer as(UserRef user) {
        return new ScriptedViewer(user);
    }

    public static ScriptedViewer anonymous() {
        return new ScriptedViewer(null);
    }

    public ScriptedViewer cannotBrowse(IssueRef issue) {
        hidden.add(issue.key());
        return this;
    }

    public ScriptedViewer cannotEdit(IssueRef issue) {
        readOnly.add(issue.key());
        return this;
    }

    public ScriptedViewer cannotBrowseProject(String projectKey) {
        hiddenProjects.add(projectKey);
        return this;
    }

    public ScriptedViewer asAdmin() {
        admin = true;
        return this;
    }

    @Override
    public Optional<UserRef> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean canBrowse(IssueRef issue) {
        return user != null && !hidden.contains(issue.key()) && !hiddenProjects.contains(issue.projectKey());
    }

    @Override
    public boolean canEdit(IssueRef issue) {
        return canBrowse(issue) && !readOnly.contains(issue.key());
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        return user != null && !hiddenProjects.contains(projectKey);
    }

    @Override
    public boolean isAdmin() {
        return admin;
    }
}
