package io.debrief.core.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged and mitigated within target: asked only when the project sets those targets; measured by the same
 * phases as everything else; an answer built on an approximate moment says so.
 */
class OptionalPhaseQuestionsTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final Targets WITH_ALL = Targets.DEFAULT.withOptional(Duration.ofMinutes(2), Duration.ofMinutes(20));

    /** Started T, detected +4 min, acknowledged +7 min, mitigated +15 min, resolved +50 min. */
    private static IncidentFacts facts() {
        return new IncidentFacts(
                null,
                T,
                T.plusSeconds(240),
                T.plusSeconds(420),
                null,
                T.plusSeconds(900),
                T.plusSeconds(3000),
                null,
                Set.of());
    }

    @Test
    void without_those_targets_neither_question_is_asked() {
        // when
        StandardAnswers answers = StandardQuestions.answer(facts(), Targets.DEFAULT, AutoResolved.YES);

        // then
        assertThat(answers.acknowledged()).isNull();
        assertThat(answers.mitigated()).isNull();
        assertThat(answers.all())
                .extracting(Answer::question)
                .containsExactly(
                        Question.IDENTIFIED_WITHIN_TARGET, Question.FIXED_WITHIN_TARGET, Question.AUTO_RESOLVED);
        assertThat(answers.of(Question.ACKNOWLEDGED_WITHIN_TARGET)).isEmpty();
    }

    @Test
    void with_them_both_are_asked_in_the_order_the_phases_run() {
        // when
        StandardAnswers answers = StandardQuestions.answer(facts(), WITH_ALL, AutoResolved.YES);

        // then: acknowledged in 3 min against 2 (missed), mitigated in 15 against 20 (met)
        assertThat(answers.all())
                .extracting(Answer::question)
                .containsExactly(
                        Question.IDENTIFIED_WITHIN_TARGET,
                        Question.ACKNOWLEDGED_WITHIN_TARGET,
                        Question.MITIGATED_WITHIN_TARGET,
                        Question.FIXED_WITHIN_TARGET,
                        Question.AUTO_RESOLVED);
        assertThat(answers.acknowledged()).isInstanceOfSatisfying(Answer.No.class, no -> {
            assertThat(no.actual()).isEqualTo(Duration.ofMinutes(3));
            assertThat(no.target()).isEqualTo(Duration.ofMinutes(2));
            assertThat(no.action().summaryKey()).isEqualTo("debrief.action.draft.acknowledge-sooner");
            assertThat(no.action().category()).isEqualTo(ActionItemCategory.DETECT);
        });
        assertThat(answers.mitigated())
                .isEqualTo(new Answer.Yes(
                        Question.MITIGATED_WITHIN_TARGET, Duration.ofMinutes(15), Duration.ofMinutes(20)));
    }

    @Test
    void an_unrecorded_acknowledgement_is_unknown_never_zero_and_drafts_recording_it() {
        // given
        IncidentFacts facts = facts().with(Fact.ACKNOWLEDGED, null, false);

        // when
        Answer acknowledged =
                StandardQuestions.answer(facts, WITH_ALL, AutoResolved.YES).acknowledged();

        // then
        assertThat(acknowledged).isInstanceOfSatisfying(Answer.Unknown.class, unknown -> {
            assertThat(unknown.reasonKey()).isEqualTo("debrief.question.unknown.no-acknowledgement");
            assertThat(unknown.action())
                    .isEqualTo(new DraftActionItem(
                            ActionItemCategory.PROCESS, "debrief.action.draft.record-acknowledgement", List.of()));
        });
    }

    @Test
    void an_acknowledgement_without_a_detection_cannot_be_timed_and_asks_for_the_detection() {
        IncidentFacts facts = facts().with(Fact.DETECTED, null, false);

        Answer acknowledged =
                StandardQuestions.answer(facts, WITH_ALL, AutoResolved.YES).acknowledged();

        assertThat(acknowledged)
                .isInstanceOfSatisfying(
                        Answer.Unknown.class,
                        unknown -> assertThat(unknown.reasonKey()).isEqualTo("debrief.question.unknown.no-detection"));
    }

    @Test
    void an_acknowledgement_before_detection_is_out_of_order() {
        IncidentFacts facts = facts().with(Fact.ACKNOWLEDGED, T.plusSeconds(60), false);

        Answer acknowledged =
                StandardQuestions.answer(facts, WITH_ALL, AutoResolved.YES).acknowledged();

        assertThat(acknowledged)
                .isInstanceOfSatisfying(
                        Answer.Unknown.class,
                        unknown -> assertThat(unknown.reasonKey()).isEqualTo("debrief.question.unknown.out-of-order"));
    }

    @Test
    void an_answer_built_on_an_approximate_moment_is_approximate() {
        // given: mitigation "about" +15 min
        IncidentFacts facts = facts().with(Fact.MITIGATED, T.plusSeconds(900), true);

        // when
        StandardAnswers answers = StandardQuestions.answer(facts, WITH_ALL, AutoResolved.YES);

        // then
        assertThat(answers.mitigated())
                .isInstanceOfSatisfying(
                        Answer.Yes.class, yes -> assertThat(yes.approximate()).isTrue());
        assertThat(answers.identified())
                .isInstanceOfSatisfying(
                        Answer.Yes.class, yes -> assertThat(yes.approximate()).isFalse());
    }

    @Test
    void every_phase_with_a_target_is_measured_against_it_and_the_others_have_none() {
        // when
        List<MeasuredPhase> phases = MeasuredPhase.of(facts(), WITH_ALL);

        // then
        assertThat(phases).extracting(MeasuredPhase::phase).containsExactly(Phase.values());
        assertThat(phases).extracting(phase -> phase.met().orElse(null)).containsExactly(true, false, true, true, null);
        assertThat(MeasuredPhase.of(facts(), Targets.DEFAULT))
                .extracting(MeasuredPhase::target)
                .containsExactly(Duration.ofMinutes(5), null, null, Duration.ofMinutes(60), null);
    }

    @Test
    void an_unknown_phase_with_a_target_is_neither_met_nor_missed() {
        IncidentFacts facts = facts().with(Fact.MITIGATED, null, false);

        MeasuredPhase mitigate = MeasuredPhase.of(facts, WITH_ALL).get(Phase.MITIGATE.ordinal());

        assertThat(mitigate.target()).isEqualTo(Duration.ofMinutes(20));
        assertThat(mitigate.met()).isEmpty();
        assertThat(mitigate.measure().duration()).isEmpty();
    }
}
