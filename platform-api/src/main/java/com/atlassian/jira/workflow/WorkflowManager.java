// Mirrors: com.atlassian.jira.workflow.WorkflowManager from jira-api 11.3.1; source: [S3] cures-condec-jira
// mocks/MockWorkflowManager.java (8.20); WorkflowException unchecked per [W1]
// jira-api/.../workflow/WorkflowException.java (6.3). Evidence: C(8.20); U for 11
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Workflows and their schemes. Only the lookup of an issue's workflow is used. */
public interface WorkflowManager {
    /** Throws the unchecked WorkflowException when the workflow cannot be loaded (not declared here: never caught). */
    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockWorkflowManager.java (8.20), WorkflowException unchecked per [W1] jira-api/.../workflow/WorkflowException.java (6.3)")
    JiraWorkflow getWorkflow(Issue issue);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockWorkflowManager.java (8.20, @Override), [S4] workflow/WorkflowManager.java (6.3)")
    JiraWorkflow getWorkflow(String name);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockWorkflowManager.java (8.20, @Override), [S4] workflow/WorkflowManager.java (6.3)")
    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);

    // getWorkflow(org.ofbiz.core.entity.GenericValue) also exists (8.20 mock); not declared, the stand-ins carry no
    // ofbiz types (JIRA-API-FACTS.md section 0). NoBareNullToStandInsTest keeps calls unambiguous regardless.
}
