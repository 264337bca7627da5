package io.debrief.plugin.jira;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.Severity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Incidents are Jira issues whose issue type is the "Incident" type the plugin created (recognised by its stored id,
 * so renaming or translating the type changes nothing).
 *
 * <p>Severity comes from the priority name: Highest/Blocker -> SEV1, High/Critical -> SEV2, Medium/Major -> SEV3,
 * anything else (Low, Lowest, Minor, Trivial, custom names) -> SEV4, no priority -> unknown. The owner is the
 * assignee, else the reporter.
 */
@Component
class JiraIncidents implements Incidents {

    private final IssueManager issues;
    private final DebriefTypeIds typeIds;

    @Inject
    JiraIncidents(@ComponentImport IssueManager issues, DebriefTypeIds typeIds) {
        this.issues = issues;
        this.typeIds = typeIds;
    }

    @Override
    public IssueLookup lookup(String issueKey) {
        return issueKey == null || issueKey.isBlank() ? IssueLookup.missing() : lookup(issues.getIssueObject(issueKey));
    }

    @Override
    public IssueLookup lookupById(long issueId) {
        return lookup(issues.getIssueObject(issueId));
    }

    IssueLookup lookup(Issue issue) {
        if (issue == null) {
            return IssueLookup.missing();
        }
        if (!typeIds.isIncidentType(issue.getIssueTypeId())) {
            return new IssueLookup.NotAnIncident(JiraRefs.ref(issue));
        }
        return new IssueLookup.Found(incident(issue));
    }

    static Incident incident(Issue issue) {
        ApplicationUser owner = issue.getAssignee() != null ? issue.getAssignee() : issue.getReporter();
        Instant created = JiraRefs.instant(issue.getCreated());
        return new Incident(JiraRefs.ref(issue), issue.getSummary(), severity(issue.getPriority()),
                created == null ? Instant.EPOCH : created, JiraRefs.instant(issue.getResolutionDate()),
                JiraRefs.user(owner), componentNames(issue));
    }

    static Severity severity(Priority priority) {
        return Severity.fromPriorityName(priority == null ? null : priority.getName());
    }

    static Set<String> componentNames(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        if (issue.getComponents() != null) {
            for (ProjectComponent component : issue.getComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }
}
