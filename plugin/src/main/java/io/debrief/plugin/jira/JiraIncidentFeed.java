package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.insights.IncidentIndexing;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Jira's incidents as the incident index keeps them, read as the system (no permission applies): one issue from an
 * event or a store's write, or every incident for the fill and the reconcile.
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
        return everyIncident(Set.of(), each);
    }

    /**
     * Hands every incident to {@code each}: one search per known project, then one for every other project, each
     * capped at {@link JiraSearch#MAX_HITS} (logged when reached), so one large project cuts only its own read.
     * Returns whether every search was read whole.
     */
    public boolean everyIncident(Set<String> knownProjects, Consumer<? super IncidentIndexing.Fed> each) {
        Optional<String> type = typeIds.incidentTypeId();
        if (type.isEmpty()) {
            return true;
        }
        String incidents = "issuetype = " + JiraRefs.quoted(type.get());
        List<String> sorted = knownProjects.stream().sorted().toList();
        List<String> searches = new ArrayList<>();
        sorted.forEach(key -> searches.add(incidents + " AND project = " + JiraRefs.quoted(key)));
        searches.add(
                sorted.isEmpty()
                        ? incidents
                        : incidents + " AND project not in ("
                                + sorted.stream().map(JiraRefs::quoted).collect(Collectors.joining(", "))
                                + ")");
        boolean whole = true;
        for (String jql : searches) {
            List<Issue> found = search.all(null, true, jql + " ORDER BY created ASC", JiraSearch.MAX_HITS);
            whole &= found.size() < JiraSearch.MAX_HITS;
            found.forEach(issue -> each.accept(new IncidentIndexing.Fed(JiraIncidents.incident(issue), seen(issue))));
        }
        return whole;
    }
}
