package io.debrief.plugin.jira;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.access.Viewer;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.incident.Severity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Incidents are Jira issues whose issue type is the "Incident" type the plugin created (recognised by its stored id,
 * so renaming or translating the type changes nothing).
 *
 * <p>Severity comes from the priority name: Highest/Blocker -> SEV1, High/Critical -> SEV2, Medium/Major -> SEV3,
 * anything else (Low, Lowest, Minor, Trivial, custom names) -> SEV4, no priority -> unknown. The owner is the
 * assignee, else the reporter. The people on an incident are its reporter, assignee and the authors of its
 * comments that everyone who can see the issue can read (restricted comments are left out, so the lint never tells a
 * writer who commented where they cannot look), and its watchers for a reader with View Voters and Watchers.
 */
@Component
public class JiraIncidents implements Incidents {

    private final IssueManager issues;
    private final DebriefTypeIds typeIds;
    private final CommentManager comments;
    private final UserManager users;
    private final JiraSearch search;
    private final WatcherManager watchers;
    private final PermissionManager permissions;

    @Inject
    public JiraIncidents(
            @ComponentImport IssueManager issues,
            DebriefTypeIds typeIds,
            @ComponentImport CommentManager comments,
            @ComponentImport UserManager users,
            JiraSearch search,
            @ComponentImport WatcherManager watchers,
            @ComponentImport PermissionManager permissions) {
        this.issues = issues;
        this.typeIds = typeIds;
        this.comments = comments;
        this.users = users;
        this.search = search;
        this.watchers = watchers;
        this.permissions = permissions;
    }

    /**
     * One paged search (as the system: callers check the reader per incident), in Jira's largest pages, capped:
     * {@code cap / 1000} searches and as many issues loaded as incidents were resolved in the period.
     */
    @Override
    public List<Incident> resolvedBetween(Instant from, Instant to, int cap) {
        return typeIds
                .incidentTypeId()
                .map(id -> search.all(null, true, DebriefJql.resolvedIncidentsBetween(id, from, to), cap))
                .orElse(List.of())
                .stream()
                .filter(issue -> issue.getResolutionDate() != null)
                .map(JiraIncidents::incident)
                .toList();
    }

    /**
     * One search for the incidents by id ({@code issue in (...)}) as the reader, so Jira's permissions, issue security
     * levels included, decide what comes back; issues of another type are left out.
     */
    @Override
    public List<Incident> visible(Collection<Long> ids, Viewer viewer) {
        ApplicationUser reader =
                viewer.user().map(user -> users.getUserByKey(user.key())).orElse(null);
        List<Long> distinct = ids.stream().distinct().toList();
        if (reader == null || distinct.isEmpty()) {
            return List.of();
        }
        return search.page(reader, false, DebriefJql.byIds(distinct), 0, distinct.size()).getResults().stream()
                .filter(issue -> typeIds.isIncidentType(issue.getIssueTypeId()))
                .map(JiraIncidents::incident)
                .toList();
    }

    /**
     * One search as the system per thousand ids ({@code issue in (...)}, security overridden), so every incident that
     * exists comes back, secured or not; issues of another type are left out.
     */
    @Override
    public List<Incident> everyById(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Incident> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += JiraSearch.PAGE_SIZE) {
            List<Long> chunk = distinct.subList(from, Math.min(from + JiraSearch.PAGE_SIZE, distinct.size()));
            search.page(null, true, DebriefJql.byIds(chunk), 0, chunk.size()).getResults().stream()
                    .filter(issue -> typeIds.isIncidentType(issue.getIssueTypeId()))
                    .map(JiraIncidents::incident)
                    .forEach(found::add);
        }
        return found;
    }

    @Override
    public IssueLookup lookup(String issueKey) {
        return issueKey == null || issueKey.isBlank() ? IssueLookup.missing() : lookup(issues.getIssueObject(issueKey));
    }

    @Override
    public IssueLookup lookupById(long issueId) {
        return lookup(issues.getIssueObject(issueId));
    }

    public IssueLookup lookup(Issue issue) {
        if (issue == null) {
            return IssueLookup.missing();
        }
        if (!typeIds.isIncidentType(issue.getIssueTypeId())) {
            return new IssueLookup.NotAnIncident(JiraRefs.ref(issue));
        }
        return new IssueLookup.Found(incident(issue));
    }

    @Override
    public Set<String> peopleOn(Incident incident) {
        Set<String> names = new LinkedHashSet<>(Incidents.super.peopleOn(incident));
        Issue issue = issues.getIssueObject(incident.id());
        if (issue == null) {
            return names;
        }
        addNames(issue.getReporter(), names);
        addNames(issue.getAssignee(), names);
        List<Comment> all = comments.getComments(issue);
        if (all != null) {
            for (Comment comment : all) {
                if (comment.getGroupLevel() == null
                        && comment.getRoleLevelId() == null
                        && comment.getAuthorKey() != null) {
                    addNames(users.getUserByKey(comment.getAuthorKey()), names);
                }
            }
        }
        return names;
    }

    /** As {@link #peopleOn(Incident)}, plus the watchers when the reader may see who watches the issue. */
    @Override
    public Set<String> peopleOn(Incident incident, Viewer viewer) {
        Set<String> names = peopleOn(incident);
        Issue issue = issues.getIssueObject(incident.id());
        ApplicationUser reader =
                viewer.user().map(user -> users.getUserByKey(user.key())).orElse(null);
        if (issue == null
                || reader == null
                || !permissions.hasPermission(ProjectPermissions.VIEW_VOTERS_AND_WATCHERS, issue, reader)) {
            return names;
        }
        Collection<ApplicationUser> watching = watchers.getWatchersUnsorted(issue);
        if (watching != null) {
            // Jira's own callers filter nulls out of this collection
            watching.forEach(watcher -> addNames(watcher, names));
        }
        return names;
    }

    private static void addNames(ApplicationUser user, Set<String> names) {
        if (user != null) {
            if (user.getDisplayName() != null) {
                names.add(user.getDisplayName());
            }
            if (user.getUsername() != null) {
                names.add(user.getUsername());
            }
        }
    }

    public static Incident incident(Issue issue) {
        ApplicationUser owner = issue.getAssignee() != null ? issue.getAssignee() : issue.getReporter();
        Instant created = JiraRefs.instant(issue.getCreated());
        return new Incident(
                JiraRefs.ref(issue),
                issue.getSummary(),
                severity(issue.getPriority()),
                created == null ? Instant.EPOCH : created,
                JiraRefs.instant(issue.getResolutionDate()),
                JiraRefs.user(owner),
                componentNames(issue),
                issue.getSecurityLevelId() != null);
    }

    public static Severity severity(Priority priority) {
        return Severity.fromPriorityName(priority == null ? null : priority.getName());
    }

    public static Set<String> componentNames(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        if (issue.getComponents() != null) {
            for (ProjectComponent component : issue.getComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }
}
