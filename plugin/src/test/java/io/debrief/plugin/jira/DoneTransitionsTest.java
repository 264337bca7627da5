package io.debrief.plugin.jira;

import static io.debrief.plugin.jira.JiraFixtures.anIssue;
import static io.debrief.plugin.jira.JiraFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DoneTransitionsTest {

    private final IssueWorkflowManager available = mock(IssueWorkflowManager.class);
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final JiraWorkflow workflow = mock(JiraWorkflow.class);
    private final WorkflowDescriptor descriptor = mock(WorkflowDescriptor.class);
    private final DoneTransitions transitions = new DoneTransitions(available, workflows);

    private final MutableIssue item = anIssue(20, "OPS-20").build();
    private final ApplicationUser alice = user("alice");
    private final List<ActionDescriptor> offered = new ArrayList<>();

    @BeforeEach
    void givenTheItemsWorkflow() {
        when(workflows.getWorkflow(item)).thenReturn(workflow);
        when(workflow.getDescriptor()).thenReturn(descriptor);
        when(available.getAvailableActions(item, alice)).thenReturn(offered);
    }

    @Test
    void theFirstOfferedActionEndingInADoneStatusIsTaken() {
        // given: "Start progress" (11) to In Progress, "Resolve" (21) to Resolved, "Close" (31) to Closed
        offered(11, 3, "In Progress", "indeterminate");
        offered(21, 4, "Resolved", "done");
        offered(31, 5, "Closed", "done");

        assertThat(transitions.forClosing(item, alice)).isEqualTo(OptionalInt.of(21));
    }

    @Test
    void nothingWhenNoOfferedActionEndsDone() {
        // given: only "Start progress"; "Done" exists in the workflow but Jira does not offer it to alice
        offered(11, 3, "In Progress", "indeterminate");

        assertThat(transitions.forClosing(item, alice)).isEmpty();
    }

    @Test
    void actionsWithoutAResultStepOrStatusAreSkipped() {
        // given: an action with no unconditional result, one to a step the descriptor lacks, one to a step without
        // status
        ActionDescriptor noResult = mock(ActionDescriptor.class);
        when(noResult.getId()).thenReturn(1);
        offered.add(noResult);
        offered.add(action(2, result(90)));
        StepDescriptor unlinked = mock(StepDescriptor.class);
        when(descriptor.getStep(91)).thenReturn(unlinked);
        offered.add(action(3, result(91)));
        offered(41, 6, "Done", "done");

        assertThat(transitions.forClosing(item, alice)).isEqualTo(OptionalInt.of(41));
    }

    private void offered(int actionId, int stepId, String statusName, String categoryKey) {
        StepDescriptor step = mock(StepDescriptor.class);
        when(descriptor.getStep(stepId)).thenReturn(step);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        when(workflow.getLinkedStatus(step)).thenReturn(status);
        offered.add(action(actionId, result(stepId)));
    }

    private static ActionDescriptor action(int id, ResultDescriptor result) {
        ActionDescriptor action = mock(ActionDescriptor.class);
        when(action.getId()).thenReturn(id);
        when(action.getUnconditionalResult()).thenReturn(result);
        return action;
    }

    private static ResultDescriptor result(int step) {
        ResultDescriptor result = mock(ResultDescriptor.class);
        when(result.getStep()).thenReturn(step);
        return result;
    }
}
