package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.TransitionOptions;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One small workflow for every issue type, like Jira Software's simplified one: Open -> In Progress -> Done, with
 * "Done" from Open too and "Reopen" back from In Progress or Done. A transition is available to whoever may edit
 * the issue's project (Jira: Transition Issues), from the statuses listed.
 */
final class HostWorkflow implements IssueWorkflowManager, WorkflowManager {

    static final int START_PROGRESS = 11;
    static final int DONE = 21;
    static final int REOPEN = 31;

    /** A transition: its id and name, the statuses it starts from and the status it leads to. */
    record Transition(int id, String name, List<String> from, Constants.HostStatus to) {}

    static final List<Transition> TRANSITIONS = List.of(
            new Transition(START_PROGRESS, "Start Progress", List.of("Open"), Constants.STATUSES.get(1)),
            new Transition(DONE, "Done", List.of("Open", "In Progress"), Constants.STATUSES.get(2)),
            new Transition(REOPEN, "Reopen", List.of("In Progress", "Done"), Constants.STATUSES.get(0)));

    private static final JiraWorkflow WORKFLOW = new Workflow();

    private final HostPeople people;

    HostWorkflow(HostPeople people) {
        this.people = people;
    }

    /** The transitions the person may take on the issue now, in the workflow's order. */
    List<Transition> available(Issue issue, ApplicationUser user) {
        if (!people.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            return List.of();
        }
        String status = issue.getStatus() == null ? "" : issue.getStatus().getName();
        return TRANSITIONS.stream()
                .filter(t -> t.from().stream().anyMatch(status::equalsIgnoreCase))
                .toList();
    }

    static Optional<Transition> transition(int id) {
        return TRANSITIONS.stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public Collection<ActionDescriptor> getAvailableActions(Issue issue, ApplicationUser user) {
        return available(issue, user).stream()
                .map(t -> (ActionDescriptor) new Action(t))
                .toList();
    }

    @Override
    public JiraWorkflow getWorkflow(Issue issue) {
        return WORKFLOW;
    }

    private static final class Action extends ActionDescriptor {
        private final Transition transition;

        Action(Transition transition) {
            this.transition = transition;
        }

        @Override
        public int getId() {
            return transition.id();
        }

        @Override
        public ResultDescriptor getUnconditionalResult() {
            return new Result(Integer.parseInt(transition.to().getId()));
        }
    }

    private static final class Result extends ResultDescriptor {
        private final int step;

        Result(int step) {
            this.step = step;
        }

        @Override
        public int getStep() {
            return step;
        }
    }

    /** Step ids are the status ids. */
    private static final class Step extends StepDescriptor {
        private final int id;

        Step(int id) {
            this.id = id;
        }

        @Override
        public int getId() {
            return id;
        }
    }

    private static final class Descriptor extends WorkflowDescriptor {
        @Override
        public StepDescriptor getStep(int id) {
            return Constants.STATUSES.stream().anyMatch(s -> s.getId().equals(String.valueOf(id)))
                    ? new Step(id)
                    : null;
        }
    }

    private static final class Workflow implements JiraWorkflow {
        private final WorkflowDescriptor descriptor = new Descriptor();

        @Override
        public WorkflowDescriptor getDescriptor() {
            return descriptor;
        }

        @Override
        public Status getLinkedStatus(StepDescriptor stepDescriptor) {
            return Constants.STATUSES.stream()
                    .filter(s -> s.getId().equals(String.valueOf(stepDescriptor.getId())))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public int compareTo(JiraWorkflow other) {
            return other == this ? 0 : 1;
        }
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public Collection<ActionDescriptor> getAvailableActions(Issue arg0, TransitionOptions arg1) {
        throw notHosted("getAvailableActions");
    }

    @Override
    public Collection<ActionDescriptor> getAvailableActions(Issue arg0, TransitionOptions arg1, ApplicationUser arg2) {
        throw notHosted("getAvailableActions");
    }

    @Override
    public Collection<ActionDescriptor> getAvailableActions(Issue arg0) {
        throw notHosted("getAvailableActions");
    }

    @Override
    public JiraWorkflow getWorkflow(String arg0) {
        throw notHosted("getWorkflow");
    }

    @Override
    public JiraWorkflow getWorkflow(Long arg0, String arg1) {
        throw notHosted("getWorkflow");
    }
}
