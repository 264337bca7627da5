package io.debrief.plugin.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.debrief.AwaitingDebriefs;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.plugin.jira.DebriefJql;
import io.debrief.plugin.jira.DebriefJqlFunction;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code issue in incidentsAwaitingDebrief()}: resolved incidents whose debrief is neither held nor published (no
 * debrief written yet counts as awaiting). One store read per resolved incident, within the search cap.
 */
public class IncidentsAwaitingDebriefFunction extends DebriefJqlFunction {

    public static final String FUNCTION_NAME = "incidentsAwaitingDebrief";

    private final DebriefTypeIds typeIds;
    private final AwaitingDebriefs awaiting;

    @Inject
    public IncidentsAwaitingDebriefFunction(
            DebriefTypeIds typeIds, DebriefStore debriefs, JiraSearch search, Messages messages) {
        super(FUNCTION_NAME, 0, 0, search, messages);
        this.typeIds = typeIds;
        this.awaiting = new AwaitingDebriefs(debriefs);
    }

    @Override
    protected List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args) {
        return typeIds
                .incidentTypeId()
                .map(id -> search.all(searcher, overrideSecurity, DebriefJql.resolvedIncidents(id), MAX_HITS))
                .orElse(List.of())
                .stream()
                .filter(incident -> awaiting.awaits(incident.getId()))
                .toList();
    }
}
