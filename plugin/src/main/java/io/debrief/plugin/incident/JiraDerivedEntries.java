package io.debrief.plugin.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.incident.Incident;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.jira.JiraRefs;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Status changes (from the issue history) and comments of an incident as derived timeline entries.
 *
 * <p>Only comments without a group or project-role restriction are used: a debrief is published to everyone who can
 * browse the project, so a restricted comment must never reach it. Each origin appears once
 * ({@code history:<changeGroupId>:status}, {@code comment:<id>}).
 */
@Component
class JiraDerivedEntries implements DerivedEntries {

    static final String STATUS_FIELD = "status";

    private final IssueManager issues;
    private final ChangeHistoryManager histories;
    private final CommentManager comments;

    @Inject
    JiraDerivedEntries(
            @ComponentImport IssueManager issues,
            @ComponentImport ChangeHistoryManager histories,
            @ComponentImport CommentManager comments) {
        this.issues = issues;
        this.histories = histories;
        this.comments = comments;
    }

    @Override
    public List<TimelineEntry> of(Incident incident) {
        Issue issue = issues.getIssueObject(incident.id());
        if (issue == null) {
            return List.of();
        }
        Map<String, TimelineEntry> bySource = new LinkedHashMap<>();
        statusChanges(incident.id(), issue).forEach(entry -> bySource.putIfAbsent(entry.sourceRef(), entry));
        publicComments(incident.id(), issue).forEach(entry -> bySource.putIfAbsent(entry.sourceRef(), entry));
        return List.copyOf(bySource.values());
    }

    private List<TimelineEntry> statusChanges(long incidentId, Issue issue) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ChangeHistory history : histories.getChangeHistories(issue)) {
            Instant at = JiraRefs.instant(history.getTimePerformed());
            if (history.getId() == null || at == null) {
                continue;
            }
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                if (STATUS_FIELD.equalsIgnoreCase(item.getField())) {
                    entries.add(TimelineEntry.statusChange(
                            incidentId,
                            at,
                            item.getFromString(),
                            item.getToString(),
                            history.getId(),
                            history.getAuthorKey()));
                    break;
                }
            }
        }
        return entries;
    }

    private List<TimelineEntry> publicComments(long incidentId, Issue issue) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Comment comment : comments.getComments(issue)) {
            Instant at = JiraRefs.instant(comment.getCreated());
            if (isRestricted(comment) || comment.getId() == null || at == null) {
                continue;
            }
            entries.add(
                    TimelineEntry.comment(incidentId, at, comment.getBody(), comment.getId(), comment.getAuthorKey()));
        }
        return entries;
    }

    static boolean isRestricted(Comment comment) {
        return (comment.getGroupLevel() != null && !comment.getGroupLevel().isBlank())
                || comment.getRoleLevelId() != null;
    }
}
