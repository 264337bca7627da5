// Mirrors: com.atlassian.jira.workflow.IssueWorkflowManager from jira-api 11.3.1; source: [W1] turgaycelik/mysource
// jira-api/.../workflow/IssueWorkflowManager.java (6.3, @PublicApi, since 5.0), called with this return type in
// igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21) and mailru/jira-plugins-mrimsender IssueServiceImpl.java (8.x,
// @ComponentImport). Evidence: C(6.3 source, 8.21 use); U for 11 (no 10/11 source seen)
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** The workflow actions a person may take on an issue now (conditions and permissions checked). */
public interface IssueWorkflowManager {
    @Evidence(
            level = Level.OLDER,
            source =
                    "[W1] turgaycelik/mysource jira-api/.../workflow/IssueWorkflowManager.java (6.3, @PublicApi, since 5.0), called with this return type in igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21) and mailru/jira-plugins-mrimsender IssueServiceImpl.java (8.x, @ComponentImport)")
    Collection<ActionDescriptor> getAvailableActions(Issue issue, ApplicationUser user);

    @Evidence(level = Level.OLDER, source = "[S4] workflow/IssueWorkflowManager.java (6.3)")
    Collection<ActionDescriptor> getAvailableActions(Issue issue, TransitionOptions transitionOptions);

    @Evidence(level = Level.OLDER, source = "[S4] workflow/IssueWorkflowManager.java (6.3)")
    Collection<ActionDescriptor> getAvailableActions(
            Issue issue, TransitionOptions transitionOptions, ApplicationUser user);

    /** @deprecated since 6.3 (it uses the logged-in user); kept because the name's overload set must be complete. */
    @Deprecated
    @Evidence(level = Level.OLDER, source = "[S4] workflow/IssueWorkflowManager.java (6.3, @Deprecated)")
    Collection<ActionDescriptor> getAvailableActions(Issue issue);
}
