package io.debrief.plugin.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import io.debrief.core.debrief.MissedTargets;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Settings;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.plugin.jira.DebriefJql;
import io.debrief.plugin.jira.DebriefJqlFunction;
import io.debrief.plugin.jira.DebriefTypeIds;
import io.debrief.plugin.jira.JiraIncidents;
import io.debrief.plugin.jira.JiraSearch;
import io.debrief.plugin.web.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code issue in incidentsMissingTarget("detect")} / {@code ("acknowledge")} / {@code ("mitigate")} /
 * {@code ("resolve")}: resolved incidents whose timeline shows the phase ({@link Phase}) took longer than their
 * project's target, answered by core's standard questions (a project without a target for the phase lists none).
 * Incidents whose timeline cannot tell (no real start recorded) are not listed. Reads each incident's timeline, so it
 * looks at no more than {@link #MAX_INCIDENTS} resolved incidents, newest first.
 */
public class IncidentsMissingTargetFunction extends DebriefJqlFunction {

    public static final String FUNCTION_NAME = "incidentsMissingTarget";
    public static final String DETECT = Phase.DETECT.wireName();
    public static final String RESOLVE = Phase.RESOLVE.wireName();
    /** The phases a project may set a target for; customer impact has none. */
    static final List<Phase> TARGETED = List.of(Phase.DETECT, Phase.ACKNOWLEDGE, Phase.MITIGATE, Phase.RESOLVE);

    static final int MAX_INCIDENTS = 1000;

    private final DebriefTypeIds typeIds;
    private final MissedTargets missedTargets;

    @Inject
    public IncidentsMissingTargetFunction(
            DebriefTypeIds typeIds,
            TimelineStore timelines,
            DerivedEntries derived,
            Settings settings,
            JiraSearch search,
            Messages messages) {
        super(FUNCTION_NAME, 1, 1, search, messages);
        this.typeIds = typeIds;
        this.missedTargets = new MissedTargets(
                timelines,
                derived,
                projectKey -> settings.forProject(projectKey).targets());
    }

    @Override
    protected void validateArguments(ApplicationUser searcher, List<String> args, MessageSet result) {
        if (target(args.get(0)) == null) {
            result.addErrorMessage(messages.text("debrief.jira.jql.error.target", FUNCTION_NAME, args.get(0)));
        }
    }

    @Override
    protected List<Issue> issues(ApplicationUser searcher, boolean overrideSecurity, List<String> args) {
        Phase target = target(args.get(0));
        if (target == null) {
            return List.of();
        }
        return typeIds
                .incidentTypeId()
                .map(id -> search.all(searcher, overrideSecurity, DebriefJql.resolvedIncidents(id), MAX_INCIDENTS))
                .orElse(List.of())
                .stream()
                .filter(issue -> missed(issue, target))
                .toList();
    }

    private boolean missed(Issue issue, Phase target) {
        return missedTargets.missed(JiraIncidents.incident(issue), target);
    }

    private static Phase target(String arg) {
        return Phase.fromWire(arg).filter(TARGETED::contains).orElse(null);
    }
}
