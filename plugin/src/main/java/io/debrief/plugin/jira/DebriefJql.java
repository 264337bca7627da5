package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraRefs.quoted;

import io.debrief.core.tracker.ItemSearch;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JQL the plugin runs, written in one place. Every value is a quoted literal, so no key, label or component
 * name can change a query's meaning; the one exception, a person's review filter, is added in brackets after it was
 * checked to read on its own.
 *
 * <p>Items of an incident: {@code linkedIssues(KEY, "has action item")} (the inward description of our link type,
 * seen from the incident) or {@code parent = KEY}.
 */
public final class DebriefJql {

    /** JQL's absolute date-time form; interpreted in the searching user's time zone, so we format in the JVM zone. */
    private static final DateTimeFormatter JQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);

    private DebriefJql() {}

    public static String items(ItemSearch search) {
        StringBuilder jql = new StringBuilder("labels = ").append(quoted(search.label()));
        if (!search.projectKeys().isEmpty()) {
            jql.append(" AND project in (")
                    .append(search.projectKeys().stream()
                            .sorted()
                            .map(JiraRefs::quoted)
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (search.component() != null) {
            jql.append(" AND component = ").append(quoted(search.component()));
        }
        if (search.incident() != null) {
            jql.append(" AND ").append(ofIncident(search.incident().key()));
        }
        if (search.openOnly()) {
            jql.append(" AND statusCategory != Done");
        } else if (search.resolvedSince() != null) {
            jql.append(" AND resolved >= ").append(quoted(dateTime(search.resolvedSince())));
        }
        if (search.filter() != null) {
            // checked to parse alone and to have no ORDER BY first (JiraSearch.checkFilter)
            jql.append(" AND (").append(search.filter()).append(')');
        }
        return jql.append(" ORDER BY created ASC, key ASC").toString();
    }

    /** Issues that are action items of the incident, by link or as its sub-task. */
    /** The issues with these ids (JQL's issue field takes ids as well as keys). */
    public static String byIds(Collection<Long> ids) {
        return "issue in (" + ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    public static String ofIncident(String incidentKey) {
        return "(issue in linkedIssues(" + quoted(incidentKey) + ", " + quoted(IssueTypeSetup.LINK_INWARD)
                + ") OR parent = " + quoted(incidentKey) + ")";
    }

    public static String checkpointSubTasks(String incidentKey, String checkpointTypeId) {
        return "parent = " + quoted(incidentKey) + " AND issuetype = " + quoted(checkpointTypeId)
                + " ORDER BY created ASC";
    }

    public static String openOverdueCheckpoints(String checkpointTypeId) {
        return "issuetype = " + quoted(checkpointTypeId)
                + " AND statusCategory != Done AND due < startOfDay() ORDER BY due ASC";
    }

    public static String resolvedIncidents(String incidentTypeId) {
        return "issuetype = " + quoted(incidentTypeId) + " AND resolution is not EMPTY ORDER BY resolved DESC";
    }

    public static String resolvedIncidentsBetween(String incidentTypeId, Instant from, Instant to) {
        return "issuetype = " + quoted(incidentTypeId) + " AND resolved >= " + quoted(dateTime(from))
                + " AND resolved < " + quoted(dateTime(to)) + " ORDER BY resolved ASC";
    }

    public static String labelled(String label, boolean openOnly) {
        return "labels = " + quoted(label) + (openOnly ? " AND statusCategory != Done" : "") + " ORDER BY created ASC";
    }

    private static String dateTime(Instant instant) {
        return JQL_DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
