package io.debrief.core.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardQuestionsTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Targets TARGETS = Targets.DEFAULT;

    private static IncidentFacts facts(Duration toDetect, Duration toResolve) {
        return new IncidentFacts(
                START,
                toDetect == null ? null : START.plus(toDetect),
                null,
                toResolve == null ? null : START.plus(toResolve));
    }

    @Test
    void targets_met_exactly_count_as_yes() {
        StandardAnswers answers = StandardQuestions.answer(
                facts(Duration.ofMinutes(5), Duration.ofMinutes(60)), TARGETS, AutoResolved.YES);

        assertThat(answers.identified())
                .isEqualTo(new Answer.Yes(
                        Question.IDENTIFIED_WITHIN_TARGET, Duration.ofMinutes(5), Duration.ofMinutes(5)));
        assertThat(answers.fixed())
                .isEqualTo(
                        new Answer.Yes(Question.FIXED_WITHIN_TARGET, Duration.ofMinutes(60), Duration.ofMinutes(60)));
        assertThat(answers.drafts()).isEmpty();
    }

    @Test
    void one_second_over_a_target_is_no_with_a_drafted_action_item() {
        StandardAnswers answers = StandardQuestions.answer(
                facts(
                        Duration.ofMinutes(5).plusSeconds(1),
                        Duration.ofMinutes(60).plusSeconds(1)),
                TARGETS,
                AutoResolved.YES);

        assertThat(answers.identified()).isInstanceOfSatisfying(Answer.No.class, no -> {
            assertThat(no.actual()).isEqualTo(Duration.ofSeconds(301));
            assertThat(no.action().category()).isEqualTo(ActionItemCategory.DETECT);
            assertThat(no.action().summaryArgs()).containsExactly(Duration.ofSeconds(301), Duration.ofSeconds(300));
        });
        assertThat(answers.fixed())
                .isInstanceOfSatisfying(
                        Answer.No.class,
                        no -> assertThat(no.action().category()).isEqualTo(ActionItemCategory.FIX));
        assertThat(answers.drafts()).hasSize(2);
    }

    @Test
    void project_targets_decide_not_the_defaults() {
        Targets relaxed = new Targets(Duration.ofMinutes(15), Duration.ofHours(4));

        StandardAnswers answers =
                StandardQuestions.answer(facts(Duration.ofMinutes(10), Duration.ofHours(3)), relaxed, AutoResolved.YES);

        assertThat(answers.all()).allMatch(answer -> answer instanceof Answer.Yes);
    }

    @Test
    void missing_detection_is_unknown_and_drafts_recording_it() {
        Answer identified = StandardQuestions.answer(facts(null, Duration.ofMinutes(30)), TARGETS, AutoResolved.YES)
                .identified();

        assertThat(identified).isInstanceOfSatisfying(Answer.Unknown.class, unknown -> {
            assertThat(unknown.reasonKey()).isEqualTo("debrief.question.unknown.no-detection");
            assertThat(unknown.action())
                    .isEqualTo(new DraftActionItem(
                            ActionItemCategory.PROCESS, "debrief.action.draft.record-detection", java.util.List.of()));
        });
    }

    @Test
    void missing_start_makes_both_time_questions_unknown() {
        IncidentFacts noStart = new IncidentFacts(null, START, null, START.plusSeconds(60));

        StandardAnswers answers = StandardQuestions.answer(noStart, TARGETS, AutoResolved.YES);

        assertThat(answers.identified()).isInstanceOf(Answer.Unknown.class);
        assertThat(((Answer.Unknown) answers.fixed()).reasonKey()).isEqualTo("debrief.question.unknown.no-start");
    }

    @Test
    void resolved_before_started_is_unknown_out_of_order_rather_than_a_fast_fix() {
        IncidentFacts backwards = new IncidentFacts(START, START, null, START.minusSeconds(60));

        assertThat(StandardQuestions.answer(backwards, TARGETS, AutoResolved.YES)
                        .fixed())
                .isInstanceOfSatisfying(
                        Answer.Unknown.class,
                        unknown -> assertThat(unknown.reasonKey()).isEqualTo("debrief.question.unknown.out-of-order"));
    }

    @Test
    void not_auto_resolved_drafts_automating_the_recovery() {
        StandardAnswers answers =
                StandardQuestions.answer(facts(Duration.ZERO, Duration.ZERO), TARGETS, AutoResolved.NO);

        assertThat(answers.autoResolved())
                .isInstanceOfSatisfying(
                        Answer.No.class,
                        no -> assertThat(no.action())
                                .isEqualTo(new DraftActionItem(
                                        ActionItemCategory.FIX,
                                        "debrief.action.draft.automate-recovery",
                                        java.util.List.of())));
        assertThat(StandardQuestions.answer(facts(Duration.ZERO, Duration.ZERO), TARGETS, AutoResolved.UNANSWERED)
                        .autoResolved())
                .isInstanceOf(Answer.Unknown.class)
                .extracting(Answer::draft)
                .isEqualTo(java.util.Optional.empty());
    }
}
