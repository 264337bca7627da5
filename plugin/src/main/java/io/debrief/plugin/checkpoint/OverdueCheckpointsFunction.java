package io.debrief.plugin.checkpoint;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.plugin.jira.DebriefJql;
import io.debrief.plugin.jira.DebriefJqlFunction;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;

/** {@code issue in overdueCheckpoints()}: open "Debrief checkpoint" sub-tasks whose due date has passed. */
public class OverdueCheckpointsFunction extends DebriefJqlFunction {

    public static final String FUNCTION_NAME = "overdueCheckpoints";

    private final DebriefTypeIds typeIds;

    @Inject
    public OverdueCheckpointsFunction(DebriefTypeIds typeIds, JiraSearch search, Messages messages) {
        super(FUNCTION_NAME, 0, 0, search, messages);
        this.typeIds = typeIds;
    }

    @Override
    protected List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args) {
        return typeIds.checkpointTypeId()
                .map(id -> search.all(searcher, overrideSecurity, DebriefJql.openOverdueCheckpoints(id), MAX_HITS))
                .orElse(List.of());
    }
}
