package it.io.debrief.plugin.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import io.debrief.plugin.jira.DebriefTypeIds;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * After the plugin is enabled, the types it creates exist in Jira and their ids are remembered: Incident (a standard
 * type), Debrief checkpoint (a sub-task type) and the Debrief action item link type.
 * Wired test: runs inside Jira with {@code atlas-integration-test -Patlassian}, and in the default build on the
 * sandbox host (sandbox/pom.xml, execution wired-tests).
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class IssueTypesWiredTest {

    private final IssueTypeManager issueTypes;
    private final DebriefTypeIds typeIds;

    public IssueTypesWiredTest(IssueTypeManager issueTypes, DebriefTypeIds typeIds) {
        this.issueTypes = issueTypes;
        this.typeIds = typeIds;
    }

    @Test
    public void theIncidentTypeExistsAndIsNotASubTaskType() {
        IssueType incident = issueTypes.getIssueType(typeIds.incidentTypeId().orElseThrow());

        assertNotNull("the remembered Incident type exists", incident);
        assertFalse(incident.isSubTask());
    }

    @Test
    public void theCheckpointTypeExistsAndIsASubTaskType() {
        IssueType checkpoint =
                issueTypes.getIssueType(typeIds.checkpointTypeId().orElseThrow());

        assertNotNull("the remembered Debrief checkpoint type exists", checkpoint);
        assertTrue(checkpoint.isSubTask());
    }

    @Test
    public void theActionItemLinkTypeIsRemembered() {
        assertTrue(typeIds.actionItemLinkTypeId().isPresent());
    }
}
