package io.debrief.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Finds how to close an issue the way its own workflow allows: the first action the person may take now (Jira checks
 * conditions and permissions) whose result is a status of the done category - "Done" in the simplified workflows,
 * "Resolve Issue" in Jira's classic one - whatever the workflow calls it.
 */
@Component
class DoneTransitions {

    /** {@link StatusCategory#COMPLETE}'s value, compared as a literal: the 6.3 source shows the constant non-final. */
    private static final String DONE_CATEGORY = "done";

    private final IssueWorkflowManager available;
    private final WorkflowManager workflows;

    @Inject
    DoneTransitions(@ComponentImport IssueWorkflowManager available, @ComponentImport WorkflowManager workflows) {
        this.available = available;
        this.workflows = workflows;
    }

    /** The action id, or empty when no action available to the person leads to a done status. */
    OptionalInt forClosing(Issue issue, ApplicationUser person) {
        JiraWorkflow workflow = workflows.getWorkflow(issue);
        for (ActionDescriptor action : available.getAvailableActions(issue, person)) {
            if (endsDone(workflow, action)) {
                return OptionalInt.of(action.getId());
            }
        }
        return OptionalInt.empty();
    }

    private static boolean endsDone(JiraWorkflow workflow, ActionDescriptor action) {
        ResultDescriptor result = action.getUnconditionalResult();
        StepDescriptor step = result == null ? null : workflow.getDescriptor().getStep(result.getStep());
        Status status = step == null ? null : workflow.getLinkedStatus(step);
        StatusCategory category = status == null ? null : status.getStatusCategory();
        return category != null && DONE_CATEGORY.equals(category.getKey());
    }
}
