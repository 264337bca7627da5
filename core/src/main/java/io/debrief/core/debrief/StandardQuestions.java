package io.debrief.core.debrief;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers the standard questions from the facts and the project's targets: identified within target, fully
 * fixed within target (both counted from the real start; a target met exactly is met), and auto-resolved.
 *
 * <p>Every "no" drafts an action item: detecting later than the target -> DETECT, fixing later -> FIX, not
 * auto-resolved -> FIX "automate recovery". A question that cannot be answered for missing facts drafts a
 * PROCESS item to record them.
 */
public final class StandardQuestions {

    private static final String DRAFT = "debrief.action.draft.";
    private static final String UNKNOWN = "debrief.question.unknown.";

    private StandardQuestions() {}

    public static StandardAnswers answer(IncidentFacts facts, Targets targets, AutoResolved autoResolved) {
        return new StandardAnswers(identified(facts, targets), fixed(facts, targets), autoResolved(autoResolved));
    }

    static Answer identified(IncidentFacts facts, Targets targets) {
        return timed(
                Question.IDENTIFIED_WITHIN_TARGET,
                facts.timeToDetect(),
                targets.detect(),
                facts,
                facts.detected(),
                "detection",
                ActionItemCategory.DETECT,
                "detect-sooner");
    }

    static Answer fixed(IncidentFacts facts, Targets targets) {
        return timed(
                Question.FIXED_WITHIN_TARGET,
                facts.timeToResolve(),
                targets.resolve(),
                facts,
                facts.resolved(),
                "resolution",
                ActionItemCategory.FIX,
                "fix-faster");
    }

    static Answer autoResolved(AutoResolved autoResolved) {
        return switch (autoResolved) {
            case YES -> new Answer.Yes(Question.AUTO_RESOLVED, null, null);
            case NO ->
                new Answer.No(
                        Question.AUTO_RESOLVED,
                        null,
                        null,
                        new DraftActionItem(ActionItemCategory.FIX, DRAFT + "automate-recovery", List.of()));
            case UNANSWERED -> new Answer.Unknown(Question.AUTO_RESOLVED, UNKNOWN + "unanswered", null);
        };
    }

    private static Answer timed(
            Question question,
            Optional<Duration> actual,
            Duration target,
            IncidentFacts facts,
            Optional<Instant> end,
            String endName,
            ActionItemCategory category,
            String draftName) {
        if (actual.isPresent()) {
            Duration took = actual.get();
            if (Targets.met(took, target)) {
                return new Answer.Yes(question, took, target);
            }
            // durations stay durations: each screen writes them as it writes every other duration
            return new Answer.No(
                    question, took, target, new DraftActionItem(category, DRAFT + draftName, List.of(took, target)));
        }
        if (facts.started().isEmpty()) {
            return new Answer.Unknown(question, UNKNOWN + "no-start", record("start"));
        }
        if (end.isEmpty()) {
            return new Answer.Unknown(question, UNKNOWN + "no-" + endName, record(endName));
        }
        return new Answer.Unknown(
                question,
                UNKNOWN + "out-of-order",
                new DraftActionItem(ActionItemCategory.PROCESS, DRAFT + "correct-timeline", List.of()));
    }

    private static DraftActionItem record(String what) {
        return new DraftActionItem(ActionItemCategory.PROCESS, DRAFT + "record-" + what, List.of());
    }
}
