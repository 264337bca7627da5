package io.debrief.sandbox;

import java.util.List;

/**
 * Jira's issue navigator ({@code /issues/?jql=...}) as far as the sandbox answers it: the issues a JQL query finds
 * for the person looking, through the host's SearchService, or why the query is not valid.
 */
public interface IssueNavigator {

    /** The first page of what {@code jql} finds for {@code viewer}. */
    Found search(String jql, Person viewer);

    /** One issue of the results. {@code assignee} is a display name, empty when unassigned. */
    record Row(String key, String summary, String status, String assignee) {}

    /** {@code errors}: why the query is not valid (no rows then); {@code total}: all it finds, beyond this page. */
    record Found(List<Row> rows, int total, List<String> errors) {}
}
