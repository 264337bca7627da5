package io.debrief.core.debrief;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.incident.Approximately;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import java.time.Duration;
import java.util.List;

/**
 * Answers the standard questions from the facts and the project's targets: identified within target, fully
 * fixed within target (both counted from the real start; a target met exactly is met), auto-resolved, and, only
 * when the project sets those targets, acknowledged within target (from detection) and mitigated within target
 * (from the real start). Every time is measured by its {@link Phase}.
 *
 * <p>Every "no" drafts an action item: detecting later than the target -> DETECT, acknowledging later -> DETECT,
 * mitigating or fixing later -> FIX, not auto-resolved -> FIX "automate recovery". A question that cannot be
 * answered for missing facts drafts a PROCESS item to record them.
 */
public final class StandardQuestions {

    private static final String DRAFT = "debrief.action.draft.";
    private static final String UNKNOWN = "debrief.question.unknown.";

    private StandardQuestions() {}

    public static StandardAnswers answer(IncidentFacts facts, Targets targets, AutoResolved autoResolved) {
        return new StandardAnswers(
                identified(facts, targets),
                fixed(facts, targets),
                autoResolved(autoResolved),
                targets.acknowledge() == null ? null : acknowledged(facts, targets),
                targets.mitigate() == null ? null : mitigated(facts, targets));
    }

    static Answer identified(IncidentFacts facts, Targets targets) {
        return timed(
                Question.IDENTIFIED_WITHIN_TARGET,
                facts,
                targets,
                "detection",
                ActionItemCategory.DETECT,
                "detect-sooner");
    }

    static Answer fixed(IncidentFacts facts, Targets targets) {
        return timed(Question.FIXED_WITHIN_TARGET, facts, targets, "resolution", ActionItemCategory.FIX, "fix-faster");
    }

    static Answer acknowledged(IncidentFacts facts, Targets targets) {
        return timed(
                Question.ACKNOWLEDGED_WITHIN_TARGET,
                facts,
                targets,
                "acknowledgement",
                ActionItemCategory.DETECT,
                "acknowledge-sooner");
    }

    static Answer mitigated(IncidentFacts facts, Targets targets) {
        return timed(
                Question.MITIGATED_WITHIN_TARGET,
                facts,
                targets,
                "mitigation",
                ActionItemCategory.FIX,
                "mitigate-sooner");
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
            IncidentFacts facts,
            Targets targets,
            String endName,
            ActionItemCategory category,
            String draftName) {
        Phase phase = question.phase().orElseThrow();
        Duration target = targets.of(phase).orElseThrow();
        Phase.Measure measure = phase.measure(facts);
        if (measure.known()) {
            Duration took = measure.took();
            if (Targets.met(took, target)) {
                return new Answer.Yes(question, took, target, measure.approximate());
            }
            // durations stay durations: each screen writes them as it writes every other duration
            return new Answer.No(
                    question,
                    took,
                    target,
                    new DraftActionItem(
                            category,
                            DRAFT + draftName,
                            List.of(Approximately.of(took, measure.approximate()), target)),
                    measure.approximate());
        }
        return switch (measure.status()) {
            case NO_START -> {
                String startName = phase.from() == Fact.STARTED ? "start" : "detection";
                yield new Answer.Unknown(question, UNKNOWN + "no-" + startName, record(startName));
            }
            case NO_END -> new Answer.Unknown(question, UNKNOWN + "no-" + endName, record(endName));
            default ->
                new Answer.Unknown(
                        question,
                        UNKNOWN + "out-of-order",
                        new DraftActionItem(ActionItemCategory.PROCESS, DRAFT + "correct-timeline", List.of()));
        };
    }

    private static DraftActionItem record(String what) {
        return new DraftActionItem(ActionItemCategory.PROCESS, DRAFT + "record-" + what, List.of());
    }
}
