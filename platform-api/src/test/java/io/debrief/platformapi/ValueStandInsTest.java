package io.debrief.platformapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value stand-ins behave like the real classes, so plugin tests can use them instead of mocks. */
class ValueStandInsTest {

    @Nested
    class Scheduler {
        @Test
        void job_runner_keys_and_job_ids_are_equal_by_their_string() {
            assertThat(JobRunnerKey.of("debrief.checkpoints"))
                    .isEqualTo(JobRunnerKey.of("debrief.checkpoints"))
                    .hasSameHashCodeAs(JobRunnerKey.of("debrief.checkpoints"))
                    .isNotEqualTo(JobRunnerKey.of("debrief.review"));
            assertThat(JobId.of("daily")).isEqualTo(JobId.of("daily")).hasToString("daily");
        }

        @Test
        void a_new_job_config_runs_once_per_cluster_immediately_without_parameters() {
            JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of("k"));

            assertThat(config.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
            assertThat(config.getSchedule()).isEqualTo(Schedule.runOnce(null));
            assertThat(config.getParameters()).isEmpty();
        }

        @Test
        void with_methods_return_changed_copies_and_leave_the_original_alone() {
            JobConfig original = JobConfig.forJobRunnerKey(JobRunnerKey.of("k"));
            Schedule hourly = Schedule.forInterval(3_600_000L, new Date(0));
            Map<String, Serializable> params = new HashMap<>(Map.of("project", 10000L));

            JobConfig changed = original.withRunMode(RunMode.RUN_LOCALLY)
                    .withSchedule(hourly)
                    .withParameters(params);
            params.put("later", "ignored");

            assertThat(changed).isNotSameAs(original).isNotEqualTo(original);
            assertThat(changed.getRunMode()).isEqualTo(RunMode.RUN_LOCALLY);
            assertThat(changed.getSchedule()).isEqualTo(Schedule.forInterval(3_600_000L, new Date(0)));
            assertThat(changed.getParameters()).containsExactly(Map.entry("project", 10000L));
            assertThat(original).isEqualTo(JobConfig.forJobRunnerKey(JobRunnerKey.of("k")));
        }

        @Test
        void cron_and_interval_schedules_differ() {
            assertThat(Schedule.forCronExpression("0 0 3 * * ?").getType()).isEqualTo(Schedule.Type.CRON_EXPRESSION);
            assertThat(Schedule.forCronExpression("0 0 3 * * ?")).isNotEqualTo(Schedule.forInterval(0L, null));
        }

        @Test
        void responses_carry_outcome_and_message_and_failures_need_a_message() {
            assertThat(JobRunnerResponse.success().getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
            assertThat(JobRunnerResponse.failed(new IllegalStateException("db down"))
                            .getMessage())
                    .isEqualTo("IllegalStateException: db down");
            assertThat(JobRunnerResponse.aborted("busy")).isEqualTo(JobRunnerResponse.aborted("busy"));
            assertThatThrownBy(() -> JobRunnerResponse.failed(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Jql {
        @Test
        void a_query_literal_holds_the_issue_id_as_a_long() {
            FunctionOperand operand = new FunctionOperand("debriefItems", "INC-1");

            QueryLiteral literal = new QueryLiteral(operand, 10001L);

            assertThat(literal.getLongValue()).isEqualTo(10001L);
            assertThat(literal.getStringValue()).isNull();
            assertThat(literal.isEmpty()).isFalse();
            assertThat(literal.getSourceOperand()).isSameAs(operand);
            assertThat(literal).isEqualTo(new QueryLiteral(new FunctionOperand("debriefItems", "INC-1"), 10001L));
        }

        @Test
        void an_empty_literal_has_no_value() {
            assertThat(new QueryLiteral(new FunctionOperand("f")).isEmpty()).isTrue();
        }

        @Test
        void function_operands_keep_their_arguments_in_order() {
            FunctionOperand operand = new FunctionOperand("debriefItems", "INC-1", "open");

            assertThat(operand.getArgs()).containsExactly("INC-1", "open");
            assertThat(operand.getName()).isEqualTo("debriefItems");
        }

        @Test
        void a_message_set_collects_errors_and_warnings_from_other_sets() {
            MessageSet other = new MessageSetImpl();
            other.addWarningMessage("slow");
            MessageSet messages = new MessageSetImpl();

            messages.addErrorMessage("bad argument");
            messages.addMessageSet(other);

            assertThat(messages.hasAnyErrors()).isTrue();
            assertThat(messages.getErrorMessages()).containsExactly("bad argument");
            assertThat(messages.getWarningMessages()).containsExactly("slow");
        }
    }

    @Nested
    class Keys {
        @Test
        void permission_keys_are_equal_by_their_key_string() {
            assertThat(ProjectPermissions.BROWSE_PROJECTS).isEqualTo(new ProjectPermissionKey("BROWSE_PROJECTS"));
            assertThat(ProjectPermissions.EDIT_ISSUES.permissionKey()).isEqualTo("EDIT_ISSUES");
            assertThat(GlobalPermissionKey.of("ADMINISTER")).isEqualTo(GlobalPermissionKey.ADMINISTER);
            assertThat(GlobalPermissionKey.SYSTEM_ADMIN.getKey()).isEqualTo("SYSTEM_ADMIN");
        }

        @Test
        void user_keys_and_labels_are_values() {
            assertThat(new UserKey("JIRAUSER10000")).isEqualTo(new UserKey("JIRAUSER10000"));
            assertThat(new UserKey("JIRAUSER10000").getStringValue()).isEqualTo("JIRAUSER10000");
            assertThat(new Label(1L, 10001L, "debrief").getLabel()).isEqualTo("debrief");
        }
    }

    @Nested
    class Mail {
        @Test
        void an_email_keeps_what_was_set_and_its_queue_item_holds_it() {
            // given
            com.atlassian.mail.Email email = new com.atlassian.mail.Email("alice@example.com")
                    .setSubject("Due soon")
                    .setBody("<p>OPS-7</p>")
                    .setMimeType("text/html")
                    .setEncoding("UTF-8");

            // when
            com.atlassian.mail.queue.SingleMailQueueItem item = new com.atlassian.mail.queue.SingleMailQueueItem(email);

            // then
            assertThat(item.getEmail()).isSameAs(email);
            assertThat(email.getTo()).isEqualTo("alice@example.com");
            assertThat(email.getSubject()).isEqualTo("Due soon");
            assertThat(email.getBody()).isEqualTo("<p>OPS-7</p>");
            assertThat(email.getMimeType()).isEqualTo("text/html");
            assertThat(email.getEncoding()).isEqualTo("UTF-8");
        }
    }
}
