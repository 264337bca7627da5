package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Date;

/** Maps Jira's issue, user and date types to core's values; nothing else crosses the port. */
public final class JiraRefs {

    private JiraRefs() {}

    public static IssueRef ref(Issue issue) {
        Project project = issue.getProjectObject();
        return project == null || project.getKey() == null
                ? IssueRef.of(issue.getId(), issue.getKey())
                : new IssueRef(issue.getId(), issue.getKey(), project.getKey());
    }

    /** Null for no user (unassigned, anonymous). */
    public static UserRef user(ApplicationUser user) {
        return user == null || user.getKey() == null ? null : new UserRef(user.getKey(), user.getDisplayName());
    }

    /** Null for no date. */
    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** JQL string literal: double quotes with backslash escapes, so keys and labels can never break the query. */
    public static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
