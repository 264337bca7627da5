package io.debrief.plugin.actionitem;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.common.IssueRef;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.plugin.jira.DebriefJql;
import io.debrief.plugin.jira.DebriefJqlFunction;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraRefs;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code issue in debriefItems()}: issues carrying the configured debrief label; {@code debriefItems("INC-12")}: those
 * of one incident (linked to it as action items, or its sub-tasks). An incident the searcher cannot browse reads as
 * unknown, so the function reveals nothing.
 */
public class DebriefItemsFunction extends DebriefJqlFunction {

    public static final String FUNCTION_NAME = "debriefItems";

    private final IssueManager issueManager;
    private final PermissionManager permissions;
    private final DebriefTypeIds typeIds;
    private final Settings settings;

    @Inject
    public DebriefItemsFunction(
            @ComponentImport IssueManager issueManager,
            @ComponentImport PermissionManager permissions,
            DebriefTypeIds typeIds,
            Settings settings,
            JiraSearch search,
            Messages messages) {
        super(FUNCTION_NAME, 0, 1, search, messages);
        this.issueManager = issueManager;
        this.permissions = permissions;
        this.typeIds = typeIds;
        this.settings = settings;
    }

    @Override
    protected void validateArguments(ApplicationUser searcher, List<String> args, MessageSet result) {
        if (!args.isEmpty() && !isVisibleIncident(searcher, args.get(0))) {
            result.addErrorMessage(
                    messages.text("debrief.jira.jql.error.incident.unknown", FUNCTION_NAME, args.get(0)));
        }
    }

    @Override
    protected List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args) {
        String label = settings.global().label();
        if (args.isEmpty()) {
            return search.all(searcher, overrideSecurity, DebriefJql.labelled(label, false), MAX_HITS);
        }
        if (!overrideSecurity && !isVisibleIncident(searcher, args.get(0))) {
            return List.of();
        }
        return search.all(
                searcher,
                overrideSecurity,
                DebriefJql.items(ItemSearch.allOfIncident(label, incidentRef(args.get(0)))),
                MAX_HITS);
    }

    private boolean isVisibleIncident(ApplicationUser searcher, String key) {
        Issue incident = key == null || key.isBlank() ? null : issueManager.getIssueObject(key.trim());
        return incident != null
                && typeIds.isIncidentType(incident.getIssueTypeId())
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, incident, searcher);
    }

    private IssueRef incidentRef(String key) {
        return JiraRefs.ref(issueManager.getIssueObject(key.trim()));
    }
}
