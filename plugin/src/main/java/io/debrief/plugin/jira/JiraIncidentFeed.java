package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.insights.IncidentIndexing;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Jira's incidents as the incident index keeps them, read as the system (no permission applies): one issue from an
 * event or a store's write, or every incident for the first fill.
 */
@Component
public class JiraIncidentFeed {

    private final IssueManager issues;
    private final DebriefTypeIds typeIds;
    private final JiraSearch search;

    @Inject
    public JiraIncidentFeed(@ComponentImport IssueManager issues, DebriefTypeIds typeIds, JiraSearch search) {
        this.issues = issues;
        this.typeIds = typeIds;
        this.search = search;
    }

    /** Whether the issue is an incident (its type is the plugin's Incident type). */
    public boolean isIncident(Issue issue) {
        return issue != null && typeIds.isIncidentType(issue.getIssueTypeId());
    }

    /** The labels and the security flag of the issue with this id; empty when it is gone. */
    public Optional<IncidentIndexing.Seen> seen(long issueId) {
        return Optional.ofNullable(issues.getIssueObject(issueId)).map(JiraIncidentFeed::seen);
    }

    public static IncidentIndexing.Seen seen(Issue issue) {
        Set<String> labels = new HashSet<>();
        if (issue.getLabels() != null) {
            for (Label label : issue.getLabels()) {
                labels.add(label.getLabel());
            }
        }
        return new IncidentIndexing.Seen(labels, issue.getSecurityLevelId() != null);
    }

    /**
     * Hands every incident to {@code each}, oldest first, in one search capped at {@link JiraSearch#MAX_HITS} (logged
     * when reached); returns whether it was read whole.
     */
    public boolean everyIncident(Consumer<? super IncidentIndexing.Fed> each) {
        Optional<String> type = typeIds.incidentTypeId();
        if (type.isEmpty()) {
            return true;
        }
        List<Issue> found = search.all(
                null,
                true,
                "issuetype = " + JiraRefs.quoted(type.get()) + " ORDER BY created ASC",
                JiraSearch.MAX_HITS);
        found.forEach(issue -> each.accept(new IncidentIndexing.Fed(JiraIncidents.incident(issue), seen(issue))));
        return found.size() < JiraSearch.MAX_HITS;
    }
}
