// Mirrors: com.atlassian.jira.bc.issue.IssueService from jira-api 11.3.1; source: [S3] cures-condec-jira
// mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3), IssueResult:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html . Evidence: C(8.20);
// no checked exceptions
// Nested result constructors are public (@Internal) in Jira, as in the 6.x source [S4]: a host (the sandbox) builds
// them; plugin code does not (plugin tests mock these results).
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.TransitionOptions;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Map;

/** Permission- and validation-aware issue operations (validate, then act). */
public interface IssueService {
    IssueResult getIssue(ApplicationUser user, Long issueId);

    IssueResult getIssue(ApplicationUser user, String issueKey);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    CreateValidationResult validateSubTaskCreate(
            ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueService.java (8.20, @Override), [S4] bc/issue/IssueService.java (6.3)")
    IssueResult create(
            ApplicationUser user, CreateValidationResult createValidationResult, String initialWorkflowActionName);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    UpdateValidationResult validateUpdate(
            ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueService.java (8.20, @Override), [S4] bc/issue/IssueService.java (6.3)")
    IssueResult update(
            ApplicationUser user,
            UpdateValidationResult updateValidationResult,
            EventDispatchOption eventDispatchOption,
            boolean sendMail);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    TransitionValidationResult validateTransition(
            ApplicationUser user, Long issueId, int actionId, IssueInputParameters issueInputParameters);

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueService.java (8.20, @Override), [S4] bc/issue/IssueService.java (6.3)")
    TransitionValidationResult validateTransition(
            ApplicationUser user,
            Long issueId,
            int actionId,
            IssueInputParameters issueInputParameters,
            TransitionOptions transitionOptions);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    @Evidence(
            level = Level.OLDER,
            source = "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
    IssueInputParameters newIssueInputParameters();

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] cures-condec-jira mocks/MockIssueService.java (8.20, @Override), [S4] bc/issue/IssueService.java (6.3)")
    IssueInputParameters newIssueInputParameters(Map<String, String[]> actionParameters);

    /** Common base of the issue-carrying results. */
    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        @Evidence(
                level = Level.OLDER,
                source =
                        "[S3] cures-condec-jira mocks/MockIssueService.java (8.20), [S4] bc/issue/IssueService.java (6.3)")
        public MutableIssue getIssue() {
            return issue;
        }
    }

    /** The issue after a get/create/update/transition, or the errors. */
    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    /** A validated create request, passed back to {@link IssueService#create}. */
    class CreateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public CreateValidationResult(
                MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }

    /** A validated update request, passed back to {@link IssueService#update}. */
    class UpdateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public UpdateValidationResult(
                MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }

    /** A validated workflow transition; extends ServiceResultImpl directly, as in Jira. */
    class TransitionValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;
        private final Map<String, Object> fieldValuesHolder;

        @SuppressWarnings("rawtypes")
        private final Map additionInputs;

        private final int actionId;

        @SuppressWarnings("rawtypes")
        public TransitionValidationResult(
                MutableIssue issue,
                ErrorCollection errors,
                Map<String, Object> fieldValuesHolder,
                Map additionInputs,
                int actionId) {
            super(errors);
            this.issue = issue;
            this.fieldValuesHolder = fieldValuesHolder;
            this.additionInputs = additionInputs;
            this.actionId = actionId;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public int getActionId() {
            return actionId;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }
}
