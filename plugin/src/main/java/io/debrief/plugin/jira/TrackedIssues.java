package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads a Jira issue as core's {@link TrackedIssue}, including the incident it is an action item of. */
@Component
public class TrackedIssues {

    private final IssueLinkManager links;
    private final DebriefTypeIds typeIds;

    @Inject
    public TrackedIssues(@ComponentImport IssueLinkManager links, DebriefTypeIds typeIds) {
        this.links = links;
        this.typeIds = typeIds;
    }

    /** The issue as core sees it; {@code knownIncident} (nullable) spares the link lookup when the caller knows it. */
    public TrackedIssue toTracked(Issue issue, IssueRef knownIncident) {
        return read(
                issue, knownIncident != null ? knownIncident : incidentOf(issue).orElse(null));
    }

    /** The issue as core sees it, as an item of {@code incident} (nullable: of none); no link is looked up. */
    public TrackedIssue asItemOf(Issue issue, IssueRef incident) {
        return read(issue, incident);
    }

    private TrackedIssue read(Issue issue, IssueRef incident) {
        Instant created = JiraRefs.instant(issue.getCreated());
        Set<String> labels = labels(issue);
        return new TrackedIssue(
                JiraRefs.ref(issue),
                statusCategory(issue.getStatus()),
                issue.getSummary() == null ? "" : issue.getSummary(),
                JiraRefs.user(issue.getAssignee()),
                issue.getDueDate() == null
                        ? null
                        : issue.getDueDate().toLocalDateTime().toLocalDate(),
                created == null ? Instant.EPOCH : created,
                JiraRefs.instant(issue.getResolutionDate()),
                issue.getPriority() == null ? null : issue.getPriority().getName(),
                labels,
                JiraIncidents.componentNames(issue),
                incident,
                ActionItemCategory.fromLabels(labels).orElse(null));
    }

    /** The incident an issue belongs to: its parent when that is an Incident, else the target of our link type. */
    public Optional<IssueRef> incidentOf(Issue issue) {
        Issue parent = issue.getParentObject();
        if (parent != null && typeIds.isIncidentType(parent.getIssueTypeId())) {
            return Optional.of(JiraRefs.ref(parent));
        }
        Optional<Long> linkType = typeIds.actionItemLinkTypeId();
        if (linkType.isEmpty()) {
            return Optional.empty();
        }
        for (IssueLink link : links.getOutwardLinks(issue.getId())) {
            Issue target = link.getDestinationObject();
            if (linkType.get().equals(link.getLinkTypeId())
                    && target != null
                    && typeIds.isIncidentType(target.getIssueTypeId())) {
                return Optional.of(JiraRefs.ref(target));
            }
        }
        return Optional.empty();
    }

    public static Set<String> labels(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        if (issue.getLabels() != null) {
            for (Label label : issue.getLabels()) {
                names.add(label.getLabel());
            }
        }
        return names;
    }

    /** Jira's status category keys: "new", "indeterminate", "done" (an unknown one counts as in progress). */
    public static StatusCategory statusCategory(Status status) {
        String key = status == null || status.getStatusCategory() == null
                ? null
                : status.getStatusCategory().getKey();
        if ("done".equals(key)) {
            return StatusCategory.DONE;
        }
        return "new".equals(key) ? StatusCategory.TO_DO : StatusCategory.IN_PROGRESS;
    }
}
