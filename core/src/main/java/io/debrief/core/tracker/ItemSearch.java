package io.debrief.core.tracker;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which debrief action items to list: the label they carry, optionally narrowed to projects, a component (team) or
 * one incident, and either the open ones or those resolved since a moment.
 *
 * @param projectKeys   empty: every project
 * @param component     nullable: any component
 * @param incident      nullable: items of any incident
 * @param openOnly      true: open items; false: items resolved at or after {@code resolvedSince} (or all, if null)
 * @param resolvedSince nullable
 * @param filter        nullable: a further condition in the tracker's own query language (Jira: JQL), chosen by a
 *                      person for the monthly review; the tracker evaluates it as that person, and refuses one it
 *                      cannot read with an {@link io.debrief.core.common.InvalidInputException} on the field "jql"
 * @param incidents     true: each item comes with its incident ({@link TrackedIssue#incident()}); false: the caller
 *                      finds the incidents of the items it keeps itself, so the tracker need not look each item's
 *                      links up, and may leave the incident out (null)
 */
public record ItemSearch(
        String label,
        Set<String> projectKeys,
        String component,
        IssueRef incident,
        boolean openOnly,
        Instant resolvedSince,
        String filter,
        boolean incidents) {

    public ItemSearch {
        Objects.requireNonNull(label, "label");
        projectKeys = Set.copyOf(projectKeys);
        filter = filter == null || filter.isBlank() ? null : filter.strip();
    }

    public ItemSearch(
            String label,
            Set<String> projectKeys,
            String component,
            IssueRef incident,
            boolean openOnly,
            Instant resolvedSince) {
        this(label, projectKeys, component, incident, openOnly, resolvedSince, null, true);
    }

    /** Open items labelled {@code label} in the given projects (empty: all projects). */
    public static ItemSearch open(String label, Set<String> projectKeys) {
        return new ItemSearch(label, projectKeys, null, null, true, null);
    }

    /** Every item of one incident, open or resolved. */
    public static ItemSearch allOfIncident(String label, IssueRef incident) {
        return new ItemSearch(label, Set.of(), null, incident, false, null);
    }

    /** Items resolved at or after {@code since} in the given projects (empty: all projects). */
    public static ItemSearch resolvedSince(String label, Set<String> projectKeys, Instant since) {
        return new ItemSearch(label, projectKeys, null, null, false, since);
    }

    public ItemSearch inComponent(String name) {
        return new ItemSearch(label, projectKeys, name, incident, openOnly, resolvedSince, filter, incidents);
    }

    /** The same search narrowed by a person's filter (null or blank: none). */
    public ItemSearch withFilter(String condition) {
        return new ItemSearch(label, projectKeys, component, incident, openOnly, resolvedSince, condition, incidents);
    }

    /**
     * The same search, for a caller that finds the incidents of the items it keeps on its own (the review: of one
     * page, from its item index): the tracker need not look every item's links up and may answer without incidents.
     */
    public ItemSearch withoutIncidents() {
        return new ItemSearch(label, projectKeys, component, incident, openOnly, resolvedSince, filter, false);
    }

    /**
     * Whether an issue answers this search, all but the {@link #filter()}, which only the tracker can read; fakes use
     * it, and adapters may use it to re-check a coarse query.
     */
    public boolean matches(TrackedIssue issue) {
        if (!issue.hasLabel(label)) {
            return false;
        }
        if (!projectKeys.isEmpty() && !projectKeys.contains(issue.ref().projectKey())) {
            return false;
        }
        if (component != null && !issue.components().contains(component)) {
            return false;
        }
        if (incident != null && !incident.equals(issue.incident())) {
            return false;
        }
        if (openOnly) {
            return issue.isOpen();
        }
        return resolvedSince == null
                || (issue.resolved() != null && !issue.resolved().isBefore(resolvedSince));
    }
}
