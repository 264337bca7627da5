package io.debrief.sandbox.debrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxJqlTest {

    private static final TrackedIssue PAYMENTS_ITEM = new TrackedIssue(new IssueRef(1, "PAY-7", "PAY"),
            StatusCategory.TO_DO, "Alert on acquirer latency", new UserRef("carol", "Carol Chen"), null,
            Instant.parse("2026-03-01T00:00:00Z"), null, "High", Set.of("debrief", "debrief-detect"),
            Set.of("payments"), null, null);

    @Test
    void clauses_joined_by_and_must_all_hold() {
        assertThat(SandboxJql.parse("project = PAY AND component = payments").test(PAYMENTS_ITEM)).isTrue();
        assertThat(SandboxJql.parse("project = PAY and priority = Low").test(PAYMENTS_ITEM)).isFalse();
    }

    @Test
    void names_and_values_compare_without_case_and_values_may_be_quoted() {
        assertThat(SandboxJql.parse("PROJECT = \"pay\" AND Labels = 'DEBRIEF-detect'").test(PAYMENTS_ITEM)).isTrue();
        assertThat(SandboxJql.parse("assignee = carol AND key = pay-7").test(PAYMENTS_ITEM)).isTrue();
    }

    @Test
    void in_and_not_in_and_not_equal() {
        assertThat(SandboxJql.parse("project in (OPS, PAY)").test(PAYMENTS_ITEM)).isTrue();
        assertThat(SandboxJql.parse("project not in (OPS, PAY)").test(PAYMENTS_ITEM)).isFalse();
        assertThat(SandboxJql.parse("priority != High").test(PAYMENTS_ITEM)).isFalse();
        assertThat(SandboxJql.parse("component != search").test(PAYMENTS_ITEM)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status was Open", "project = PAY OR project = OPS", "project =", "project in ()",
            "project in (PAY", "summary ~ latency", "\"unclosed", "project = PAY AND", "(project = PAY)",
            "project = PAY ORDER BY key"})
    void anything_beyond_the_subset_is_refused_on_the_jql_field(String jql) {
        assertThatThrownBy(() -> SandboxJql.parse(jql))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("jql"));
    }
}
