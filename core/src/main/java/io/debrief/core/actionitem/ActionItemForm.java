package io.debrief.core.actionitem;

import io.debrief.core.tracker.NewActionItem;

/**
 * An action item as a person typed it into the form or the REST call: every value still text, so refusals can name
 * the field (a malformed date, an unknown category) in the same answer as the other mistakes.
 *
 * @param projectKey nullable: the incident's project
 * @param issueType  nullable: {@link NewActionItem#DEFAULT_ISSUE_TYPE}
 * @param assignee   nullable: unassigned (a user key)
 * @param due        nullable: no due date; otherwise YYYY-MM-DD
 * @param category   the wire name: detect, fix, prevent or process
 * @param suggestion nullable: the debrief's suggestion this item is created from, by its question's wire name
 *                   ("identified-within-target"); such an item can be created only once
 */
public record ActionItemForm(
        String projectKey,
        String issueType,
        String summary,
        String assignee,
        String due,
        String category,
        String suggestion) {

    /** A form not made from a suggestion. */
    public ActionItemForm(
            String projectKey, String issueType, String summary, String assignee, String due, String category) {
        this(projectKey, issueType, summary, assignee, due, category, null);
    }
}
