// Mirrors: com.atlassian.jira.workflow.JiraWorkflow from jira-api 11.3.1; source:
// https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html (7.1.9: getLinkedStatus returns
// Status), igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21 use), [W1] (6.3 source). Evidence: C(7.1.9, 8.21); U
// for 11
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** One Jira workflow: OSWorkflow's descriptor plus the status each step shows. */
public interface JiraWorkflow extends Comparable<JiraWorkflow> {
    @Evidence(
            level = Level.OLDER,
            source =
                    "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html (7.1.9: getLinkedStatus returns Status), igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21 use), [W1] (6.3 source)")
    WorkflowDescriptor getDescriptor();

    @Evidence(
            level = Level.OLDER,
            source =
                    "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html (7.1.9: getLinkedStatus returns Status), igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21 use), [W1] (6.3 source)")
    Status getLinkedStatus(StepDescriptor stepDescriptor);
}
