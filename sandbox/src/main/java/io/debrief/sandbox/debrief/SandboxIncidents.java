package io.debrief.sandbox.debrief;

import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.Severity;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxIssues;
import io.debrief.sandbox.SandboxUsers;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Incidents are sandbox issues of type "Incident". As in the Jira adapter: severity comes from the priority name
 * (Highest/Blocker -> SEV1, High/Critical -> SEV2, Medium/Major -> SEV3, any other -> SEV4, none -> unknown), the
 * owner is the assignee, else the reporter.
 */
final class SandboxIncidents implements Incidents {

    private final SandboxIssues issues;
    private final SandboxUsers users;

    SandboxIncidents(SandboxIssues issues, SandboxUsers users) {
        this.issues = issues;
        this.users = users;
    }

    @Override
    public IssueLookup lookup(String issueKey) {
        return issueKey == null || issueKey.isBlank() ? IssueLookup.missing() : lookup(issues.byKey(issueKey));
    }

    @Override
    public IssueLookup lookupById(long issueId) {
        return lookup(issues.byId(issueId));
    }

    private IssueLookup lookup(Optional<SandboxIssue> found) {
        if (found.isEmpty()) {
            return IssueLookup.missing();
        }
        SandboxIssue issue = found.get();
        if (!SandboxIssue.INCIDENT.equals(issue.type())) {
            return new IssueLookup.NotAnIncident(issue.ref());
        }
        return new IssueLookup.Found(incident(issue));
    }

    private Incident incident(SandboxIssue issue) {
        String owner = issue.assignee() != null ? issue.assignee() : issue.reporter();
        return new Incident(issue.ref(), issue.summary(), severity(issue.priority()), issue.created(), issue.resolved(),
                user(owner), issue.component() == null ? Set.of() : Set.of(issue.component()));
    }

    /** As in Jira: reporter, assignee and commenters, by display name and username (the sandbox's user key). */
    @Override
    public Set<String> peopleOn(Incident incident) {
        Set<String> names = new LinkedHashSet<>(Incidents.super.peopleOn(incident));
        issues.byId(incident.id()).ifPresent(issue -> {
            Incidents.addNamesOf(user(issue.reporter()), names);
            Incidents.addNamesOf(user(issue.assignee()), names);
            issues.comments(incident.id()).forEach(comment -> Incidents.addNamesOf(user(comment.author()), names));
        });
        return names;
    }

    /** The person with that user key as others see them; a key the directory no longer knows shows as itself. */
    UserRef user(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return null;
        }
        return users.find(userKey).orElse(new UserRef(userKey, userKey));
    }

    static Severity severity(String priority) {
        return Severity.fromPriorityName(priority);
    }
}
