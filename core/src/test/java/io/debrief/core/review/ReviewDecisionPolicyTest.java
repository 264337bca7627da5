package io.debrief.core.review;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewDecisionPolicyTest {

    private final ReviewDecisionPolicy policy = new ReviewDecisionPolicy();
    private final TrackedIssue open = anActionItem().build();

    @Test
    void closing_as_irrelevant_needs_a_reason() {
        assertThatThrownBy(() -> policy.check(Decision.closeIrrelevant("  "), open, 0, 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(
                                        e.errors().get(0).field())
                                .isEqualTo("reason"));
        assertThatThrownBy(() -> policy.check(Decision.closeIrrelevant(null), open, 0, 0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_reason_may_have_1000_characters_but_not_1001() {
        assertThatCode(() -> policy.check(Decision.closeIrrelevant("r".repeat(1000)), open, 0, 0))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(Decision.closeIrrelevant("r".repeat(1001)), open, 0, 0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void prioritise_and_keep_need_no_reason() {
        assertThatCode(() -> policy.check(Decision.prioritise(), open, 2, 2)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Decision.keep(), open, 2, 2)).doesNotThrowAnyException();
    }

    @Test
    void a_closed_item_cannot_be_decided_on() {
        TrackedIssue closed =
                anActionItem().resolvedAt(Instant.parse("2026-03-01T00:00:00Z")).build();

        assertThatThrownBy(() -> policy.check(Decision.keep(), closed, 0, 0))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("debrief.error.review.item.closed"));
    }

    @Test
    void a_decision_made_on_a_stale_version_is_a_conflict() {
        assertThatThrownBy(() -> policy.check(Decision.prioritise(), open, 1, 2))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("debrief.error.review.stale"));
    }

    @Test
    void a_decision_without_the_version_it_was_made_on_is_refused_naming_the_field() {
        assertThatThrownBy(() -> policy.check(Decision.keep(), open, (Long) null, 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactly("version"));
    }
}
