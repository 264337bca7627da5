package io.debrief.core.tracker;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.SaneRange;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request to create one action item for an incident; it checks itself and reports every problem by field.
 *
 * <p>A blank project key means the incident's project, a blank issue type means "Task".
 *
 * @param assigneeKey nullable: unassigned
 * @param due         nullable: no due date; otherwise from today (by the given clock) to ten years ahead
 * @param priority    nullable: the tracker's default priority (a priority name such as "High")
 */
public record NewActionItem(
        IssueRef incident,
        String projectKey,
        String issueType,
        String summary,
        String assigneeKey,
        LocalDate due,
        ActionItemCategory category,
        String priority) {

    public static final String DEFAULT_ISSUE_TYPE = "Task";
    public static final int MAX_SUMMARY_LENGTH = 255;
    public static final int MAX_ISSUE_TYPE_LENGTH = 60;
    public static final int MAX_USER_KEY_LENGTH = 255;

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    /** A request that leaves the priority to the tracker's default. */
    public NewActionItem(
            IssueRef incident,
            String projectKey,
            String issueType,
            String summary,
            String assigneeKey,
            LocalDate due,
            ActionItemCategory category) {
        this(incident, projectKey, issueType, summary, assigneeKey, due, category, null);
    }

    /** The same request with this due date and priority. */
    public NewActionItem withDue(LocalDate newDue, String newPriority) {
        return new NewActionItem(incident, projectKey, issueType, summary, assigneeKey, newDue, category, newPriority);
    }

    public NewActionItem {
        if (isBlank(projectKey) && incident != null) {
            projectKey = incident.projectKey();
        }
        issueType = isBlank(issueType) ? DEFAULT_ISSUE_TYPE : issueType.trim();
        summary = summary == null ? null : summary.strip();
        assigneeKey = assigneeKey == null ? null : assigneeKey.strip();
        priority = isBlank(priority) ? null : priority.strip();
    }

    /** Every reason this request cannot be carried out today; empty means it can. */
    public List<ValidationError> validate(Clock clock) {
        Validation v = new Validation();
        v.check(incident != null, "incident", "debrief.error.actionitem.incident.required");
        if (isBlank(projectKey)) {
            v.reject("projectKey", "debrief.error.actionitem.project.required");
        } else {
            v.check(
                    PROJECT_KEY.matcher(projectKey).matches(),
                    "projectKey",
                    "debrief.error.actionitem.project.invalid",
                    projectKey);
        }
        v.check(
                issueType.length() <= MAX_ISSUE_TYPE_LENGTH,
                "issueType",
                "debrief.error.actionitem.issuetype.too.long",
                MAX_ISSUE_TYPE_LENGTH);
        if (isBlank(summary)) {
            v.reject("summary", "debrief.error.actionitem.summary.required");
        } else {
            v.check(
                    summary.length() <= MAX_SUMMARY_LENGTH,
                    "summary",
                    "debrief.error.actionitem.summary.too.long",
                    MAX_SUMMARY_LENGTH);
        }
        if (assigneeKey != null) {
            v.check(
                    !assigneeKey.isEmpty() && assigneeKey.length() <= MAX_USER_KEY_LENGTH,
                    "assignee",
                    "debrief.error.actionitem.assignee.invalid");
        }
        if (due != null) {
            SaneRange.checkPlannedDate(v, "due", due, clock);
        }
        v.check(category != null, "category", "debrief.error.actionitem.category.required");
        return v.errors();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
