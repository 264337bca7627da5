package io.debrief.plugin.actionitem;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.core.settings.Settings;
import io.debrief.plugin.jira.DebriefJql;
import io.debrief.plugin.jira.DebriefJqlFunction;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;

/** {@code issue in openDebriefItems()}: debrief-labelled issues not in a Done status category. */
public class OpenDebriefItemsFunction extends DebriefJqlFunction {

    public static final String FUNCTION_NAME = "openDebriefItems";

    private final Settings settings;

    @Inject
    public OpenDebriefItemsFunction(Settings settings, JiraSearch search, Messages messages) {
        super(FUNCTION_NAME, 0, 0, search, messages);
        this.settings = settings;
    }

    @Override
    protected List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args) {
        return search.all(
                searcher,
                overrideSecurity,
                DebriefJql.labelled(settings.global().label(), true),
                MAX_HITS);
    }
}
