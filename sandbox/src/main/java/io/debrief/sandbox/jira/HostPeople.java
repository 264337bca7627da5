package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.sandbox.Person;
import io.debrief.sandbox.RequestCache;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxProjectEntity;
import io.debrief.sandbox.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Users, projects and rights as Jira's services answer them, over the sandbox's users and project rights: a user
 * key is the user name; Browse Projects needs any right on the project, every other project permission the edit
 * right; administrators have every permission; a project's lead is {@code admin} unless set otherwise. The logged-in user is the person
 * behind the current request, none outside one (the scheduler, the seed).
 */
final class HostPeople
        implements JiraAuthenticationContext, UserManager, PermissionManager, GlobalPermissionManager, ProjectManager {

    static final String PROJECT_LEAD = "admin";

    private final SandboxContext host;
    private final I18nHelper i18n;
    private final JiraCounts counts = new JiraCounts();

    HostPeople(SandboxContext host, I18nHelper i18n) {
        this.host = host;
        this.i18n = i18n;
    }

    /** What the plugin asked of this Jira, counted: one counter for the whole host (issues, links, search). */
    JiraCounts counts() {
        return counts;
    }

    /** One user of the sandbox directory. */
    record HostUser(String getKey, String getDisplayName) implements ApplicationUser {
        @Override
        public String getUsername() {
            return getKey;
        }

        @Override
        public String getName() {
            return getKey;
        }

        @Override
        public String getEmailAddress() {
            return getKey + "@example.com";
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    /** One project. */
    record HostProject(Long getId, String getKey, String getName, ApplicationUser getProjectLead) implements Project {}

    private static final ThreadLocal<Boolean> NOBODY = new ThreadLocal<>();
    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    /** Runs {@code work} as {@code userName} logged in (null: no one), outside a request (the demo seed). */
    static <T> T actingAs(String userName, java.util.function.Supplier<T> work) {
        if (userName == null) {
            return asNobody(work);
        }
        String before = ACTING.get();
        ACTING.set(userName);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /** Runs {@code work} with no one logged in (the scheduler's threads, the seed), whoever asked for it. */
    static <T> T asNobody(java.util.function.Supplier<T> work) {
        Boolean before = NOBODY.get();
        NOBODY.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                NOBODY.remove();
            }
        }
    }

    // --- JiraAuthenticationContext

    @Override
    public ApplicationUser getLoggedInUser() {
        if (NOBODY.get() != null) {
            return null;
        }
        String acting = ACTING.get();
        return acting != null
                ? getUserByKey(acting)
                : host.currentViewer().user().map(HostPeople::user).orElse(null);
    }

    @Override
    public boolean isLoggedInUser() {
        return getLoggedInUser() != null;
    }

    @Override
    public I18nHelper getI18nHelper() {
        return i18n;
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    // --- UserManager

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null
                ? null
                : RequestCache.perRequest("user:" + userKey, () -> host.users().find(userKey))
                        .map(HostPeople::user)
                        .orElse(null);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return getUserByKey(userName);
    }

    static ApplicationUser user(UserRef ref) {
        return new HostUser(ref.key(), ref.displayName());
    }

    // --- PermissionManager / GlobalPermissionManager

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        counts.issueChecked();
        return issue != null
                && issue.getProjectObject() != null
                && hasPermission(permissionKey, issue.getProjectObject(), user)
                && HostSecurityLevel.lets(
                        issue instanceof HostIssue hosted
                                ? hosted.securityLevelMembers()
                                : host.issues()
                                        .property(issue.getId(), HostSecurityLevel.MEMBERS)
                                        .orElse(null),
                        user);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (project == null || user == null) {
            return false;
        }
        Person viewer = viewer(user);
        IssueRef anyIssue = new IssueRef(1, project.getKey() + "-1", project.getKey());
        return ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey)
                ? viewer.canBrowseProject(project.getKey())
                : viewer.canEdit(anyIssue);
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        List<Project> found = new ArrayList<>();
        for (Project project : getProjectObjects()) {
            if (hasPermission(permissionKey, project, user)) {
                found.add(project);
            }
        }
        return found;
    }

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        return user != null
                && (GlobalPermissionKey.ADMINISTER.equals(globalPermissionKey)
                        || GlobalPermissionKey.SYSTEM_ADMIN.equals(globalPermissionKey))
                && viewer(user).isAdmin();
    }

    /** The sandbox's view of a user's rights (read once per request: a right granted now applies from the next). */
    Person viewer(ApplicationUser user) {
        Optional<String> key = Optional.ofNullable(user).map(ApplicationUser::getKey);
        return RequestCache.perRequest(
                "rights:" + key.orElse(""), () -> host.users().viewer(key));
    }

    // --- ProjectManager

    @Override
    public Project getProjectObj(Long id) {
        return id == null
                ? null
                : getProjectObjects().stream()
                        .filter(p -> p.getId().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projectKey == null
                ? null
                : getProjectObjects().stream()
                        .filter(p -> p.getKey().equals(projectKey))
                        .findFirst()
                        .orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return RequestCache.perRequest("projects", () -> {
            return Arrays.stream(sql(() -> host.entityManager()
                            .find(SandboxProjectEntity.class, Query.select().order("ID"))))
                    .map(p -> (Project) new HostProject(
                            (long) p.getID(),
                            p.getProjectKey(),
                            p.getName(),
                            getUserByKey(p.getLeadKey() == null ? PROJECT_LEAD : p.getLeadKey())))
                    .toList();
        });
    }

    /** {@link Sql#sql}, as the host services of this package call it. */
    static <T> T sql(Sql.Call<T> call) {
        return Sql.sql(call);
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public boolean hasPermission(ProjectPermissionKey arg0, Project arg1, ApplicationUser arg2, boolean arg3) {
        throw notHosted("hasPermission");
    }
}
