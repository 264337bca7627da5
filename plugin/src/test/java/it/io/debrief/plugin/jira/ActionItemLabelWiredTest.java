package it.io.debrief.plugin.jira;

import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.jira.DebriefTypeIds;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * An action item made with Jira's own screens and services, not the plugin's, gets the debrief label from the event
 * listener: the issue that links to an incident with the action item link type, and a sub-task of an incident. This
 * is what a package-private listener never did in a real Jira (atlassian-event could not call it).
 * Wired test: runs inside Jira with {@code atlas-integration-test -Patlassian}, and in the default build on the
 * sandbox host (sandbox/pom.xml, execution wired-tests).
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class ActionItemLabelWiredTest {

    private final WiredJira jira;
    private final SubTaskManager subTasks;
    private final IssueTypeManager issueTypes;
    private final DebriefTypeIds typeIds;
    private final DebriefApplication application;
    private Issue incident;

    public ActionItemLabelWiredTest(
            IssueService issues,
            SubTaskManager subTasks,
            IssueLinkManager links,
            LabelManager labels,
            SearchService search,
            UserManager users,
            ProjectManager projects,
            IssueTypeManager issueTypes,
            DebriefTypeIds typeIds,
            DebriefApplication application) {
        this.jira = new WiredJira(issues, subTasks, links, labels, search, users, projects);
        this.subTasks = subTasks;
        this.issueTypes = issueTypes;
        this.typeIds = typeIds;
        this.application = application;
    }

    @Before
    public void anIncident() {
        incident = jira.create(typeIds.incidentTypeId().orElseThrow(), "Wired test incident");
    }

    @Test
    public void anIssueLinkedToTheIncidentWithTheActionItemLinkTypeIsLabelled() {
        Issue item = jira.create(aStandardTypeOtherThanTheIncident(), "Add an alert on queue age");

        jira.link(item, incident, typeIds.actionItemLinkTypeId().orElseThrow());

        assertTrue(jira.labelsOf(item).contains(label()));
    }

    @Test
    public void aSubTaskOfTheIncidentIsLabelled() {
        Issue item = jira.createSubTask(incident, aSubTaskTypeOtherThanTheCheckpoint(), "Document the rollback");

        assertTrue(jira.labelsOf(item).contains(label()));
    }

    private String label() {
        return application.settings().global().label();
    }

    /** A standard issue type other than Incident, for an ordinary issue that becomes an action item. */
    private String aStandardTypeOtherThanTheIncident() {
        String incidentType = typeIds.incidentTypeId().orElse("");
        return issueTypes.getIssueTypes().stream()
                .filter(type -> !type.isSubTask())
                .map(IssueType::getId)
                .filter(id -> !id.equals(incidentType))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the test Jira needs a standard issue type besides Incident"));
    }

    private String aSubTaskTypeOtherThanTheCheckpoint() {
        String checkpoint = typeIds.checkpointTypeId().orElse("");
        return subTasks.getSubTaskIssueTypeObjects().stream()
                .map(IssueType::getId)
                .filter(id -> !id.equals(checkpoint))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("the test Jira needs a sub-task type besides Debrief checkpoint"));
    }
}
