package io.debrief.core.actionitem;

/**
 * An action item as a person typed it into the form or the REST call: every value still text, so refusals can name
 * the field (a malformed date, an unknown category) in the same answer as the other mistakes.
 *
 * @param projectKey nullable: the incident's project
 * @param issueType  nullable: {@link NewActionItem#DEFAULT_ISSUE_TYPE}
 * @param assignee   nullable: unassigned (a user key)
 * @param due        nullable: no due date; otherwise YYYY-MM-DD
 * @param category   the wire name: detect, fix, prevent or process
 */
public record ActionItemForm(String projectKey, String issueType, String summary, String assignee, String due,
                             String category) {
}
