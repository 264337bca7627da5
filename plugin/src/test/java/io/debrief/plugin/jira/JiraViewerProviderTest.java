package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.project;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import org.junit.jupiter.api.Test;

class JiraViewerProviderTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraViewerProvider provider =
            new JiraViewerProvider(authentication, permissions, globalPermissions, issues, projects);

    private final ApplicationUser alice = user("alice");
    private final MutableIssue incident = anIssue(10, "OPS-1").build();
    private final IssueRef incidentRef = new IssueRef(10, "OPS-1", "OPS");

    @Test
    void theViewerIsTheLoggedInUser() {
        givenLoggedIn(alice);

        Viewer viewer = provider.current();

        assertThat(viewer.user()).contains(new UserRef("alice", "User alice"));
        assertThat(viewer.isAnonymous()).isFalse();
    }

    @Test
    void withoutALoggedInUserTheViewerIsAnonymousAndMayNotEditOrAdminister() {
        givenLoggedIn(null);
        givenIssue(incident);
        givenPermission(ProjectPermissions.EDIT_ISSUES, null, true);

        Viewer viewer = provider.current();

        assertThat(viewer.isAnonymous()).isTrue();
        assertThat(viewer.canEdit(incidentRef)).isFalse();
        assertThat(viewer.isAdmin()).isFalse();
    }

    @Test
    void anonymousBrowsingIsJirasDecision() {
        givenLoggedIn(null);
        givenIssue(incident);
        givenPermission(ProjectPermissions.BROWSE_PROJECTS, null, true);

        assertThat(provider.current().canBrowse(incidentRef)).isTrue();
    }

    @Test
    void browseAndEditFollowTheIssuePermissions() {
        givenLoggedIn(alice);
        givenIssue(incident);
        givenPermission(ProjectPermissions.BROWSE_PROJECTS, alice, true);
        givenPermission(ProjectPermissions.EDIT_ISSUES, alice, false);

        Viewer viewer = provider.current();

        assertThat(viewer.canBrowse(incidentRef)).isTrue();
        assertThat(viewer.canEdit(incidentRef)).isFalse();
    }

    @Test
    void aMissingIssueCanNeitherBeBrowsedNorEdited() {
        givenLoggedIn(alice);
        when(issues.getIssueObject(10L)).thenReturn(null);

        Viewer viewer = provider.current();

        assertThat(viewer.canBrowse(incidentRef)).isFalse();
        assertThat(viewer.canEdit(incidentRef)).isFalse();
    }

    @Test
    void projectBrowsingUsesTheProjectPermission() {
        givenLoggedIn(alice);
        Project ops = project(1L, "OPS");
        when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice))
                .thenReturn(true);

        Viewer viewer = provider.current();

        assertThat(viewer.canBrowseProject("OPS")).isTrue();
        assertThat(viewer.canBrowseProject("NOPE")).isFalse();
    }

    @Test
    void administratorsAndSystemAdministratorsAreAdmins() {
        ApplicationUser admin = user("admin");
        ApplicationUser sysadmin = user("sysadmin");
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin))
                .thenReturn(true);
        when(globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, sysadmin))
                .thenReturn(true);

        givenLoggedIn(admin);
        boolean adminIsAdmin = provider.current().isAdmin();
        givenLoggedIn(sysadmin);
        boolean sysadminIsAdmin = provider.current().isAdmin();
        givenLoggedIn(alice);
        boolean aliceIsAdmin = provider.current().isAdmin();

        assertThat(adminIsAdmin).isTrue();
        assertThat(sysadminIsAdmin).isTrue();
        assertThat(aliceIsAdmin).isFalse();
    }

    private void givenLoggedIn(ApplicationUser user) {
        when(authentication.getLoggedInUser()).thenReturn(user);
    }

    private void givenIssue(MutableIssue issue) {
        when(issues.getIssueObject(issue.getId())).thenReturn(issue);
    }

    private void givenPermission(
            com.atlassian.jira.security.plugin.ProjectPermissionKey key, ApplicationUser user, boolean granted) {
        when(permissions.hasPermission(key, incident, user)).thenReturn(granted);
    }
}
