package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The viewer of a Jira request: the logged-in user with Jira's own permissions (Browse Projects respects issue
 * security, Edit Issues, global Administer / System Administer).
 */
@Component
class JiraViewerProvider implements ViewerProvider {

    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final IssueManager issues;
    private final ProjectManager projects;

    @Inject
    JiraViewerProvider(
            @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport PermissionManager permissions,
            @ComponentImport GlobalPermissionManager globalPermissions,
            @ComponentImport IssueManager issues,
            @ComponentImport ProjectManager projects) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.issues = issues;
        this.projects = projects;
    }

    @Override
    public Viewer current() {
        return new JiraViewer(authentication.getLoggedInUser());
    }

    /** One request's viewer; the user is read once, each permission when asked. */
    final class JiraViewer implements Viewer {

        private final ApplicationUser user;

        JiraViewer(ApplicationUser user) {
            this.user = user;
        }

        /** The Jira user behind this viewer (null: anonymous), for adapters that search on its behalf. */
        ApplicationUser jiraUser() {
            return user;
        }

        @Override
        public Optional<UserRef> user() {
            return Optional.ofNullable(JiraRefs.user(user));
        }

        @Override
        public boolean canBrowse(IssueRef issue) {
            return onIssue(ProjectPermissions.BROWSE_PROJECTS, issue);
        }

        @Override
        public boolean canEdit(IssueRef issue) {
            return user != null && onIssue(ProjectPermissions.EDIT_ISSUES, issue);
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
            return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
        }

        @Override
        public boolean isAdmin() {
            return user != null
                    && (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                            || globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
        }

        private boolean onIssue(ProjectPermissionKey permission, IssueRef ref) {
            Issue issue = ref == null ? null : issues.getIssueObject(ref.id());
            // anonymous browsing is Jira's decision (a null user asks about anonymous access)
            return issue != null && permissions.hasPermission(permission, issue, user);
        }
    }
}
