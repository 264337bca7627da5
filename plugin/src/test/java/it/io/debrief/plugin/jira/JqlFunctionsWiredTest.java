package it.io.debrief.plugin.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.plugin.jira.DebriefTypeIds;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The JQL functions, run through Jira's own SearchService, return what the plugin's stores and Jira hold: the items
 * linked to an incident, the open labelled items, the resolved incidents whose stored debrief is still awaited, and
 * only checkpoint sub-tasks as overdue checkpoints.
 * Wired test: runs inside Jira with {@code atlas-integration-test -Patlassian}, and in the default build on the
 * sandbox host (sandbox/pom.xml, execution wired-tests).
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class JqlFunctionsWiredTest {

    private final WiredJira jira;
    private final IssueTypeManager issueTypes;
    private final IssueManager issueManager;
    private final DebriefTypeIds typeIds;
    private final DebriefStore debriefs;
    private Issue incident;
    private Issue item;

    public JqlFunctionsWiredTest(
            IssueService issues,
            SubTaskManager subTasks,
            IssueLinkManager links,
            LabelManager labels,
            SearchService search,
            UserManager users,
            ProjectManager projects,
            IssueTypeManager issueTypes,
            IssueManager issueManager,
            DebriefTypeIds typeIds,
            DebriefStore debriefs) {
        this.jira = new WiredJira(issues, subTasks, links, labels, search, users, projects);
        this.issueTypes = issueTypes;
        this.issueManager = issueManager;
        this.typeIds = typeIds;
        this.debriefs = debriefs;
    }

    @Before
    public void anIncidentWithOneActionItem() {
        incident = jira.create(typeIds.incidentTypeId().orElseThrow(), "Wired test incident for JQL");
        String incidentType = incident.getIssueTypeId();
        String plainType = issueTypes.getIssueTypes().stream()
                .filter(type -> !type.isSubTask())
                .map(IssueType::getId)
                .filter(id -> !id.equals(incidentType))
                .findFirst()
                .orElseThrow();
        item = jira.create(plainType, "Alert on consumer lag");
        jira.link(item, incident, typeIds.actionItemLinkTypeId().orElseThrow());
    }

    @Test
    public void debriefItemsOfAnIncidentAreExactlyItsActionItems() {
        assertEquals(List.of(item.getKey()), jira.keys("issue in debriefItems(\"" + incident.getKey() + "\")"));
    }

    @Test
    public void openDebriefItemsHoldTheNewItem() {
        assertTrue(jira.keys("issue in openDebriefItems()").contains(item.getKey()));
    }

    @Test
    public void incidentsAwaitingDebriefAreResolvedIncidentsWhoseStoredDebriefIsAwaited() {
        for (String key : jira.keys("issue in incidentsAwaitingDebrief()")) {
            Issue found = issueManager.getIssueObject(key);
            assertEquals(key, incident.getIssueTypeId(), found.getIssueTypeId());
            assertNotEquals(key + " is resolved", null, found.getResolution());
            assertEquals(
                    key,
                    DebriefStatus.AWAITING,
                    debriefs.find(found.getId()).map(Debrief::status).orElse(DebriefStatus.AWAITING));
        }
        assertFalse(
                "the unresolved incident awaits nothing yet",
                jira.keys("issue in incidentsAwaitingDebrief()").contains(incident.getKey()));
    }

    @Test
    public void overdueCheckpointsAreCheckpointSubTasks() {
        String checkpointType = typeIds.checkpointTypeId().orElseThrow();
        for (String key : jira.keys("issue in overdueCheckpoints()")) {
            assertEquals(key, checkpointType, issueManager.getIssueObject(key).getIssueTypeId());
        }
    }
}
