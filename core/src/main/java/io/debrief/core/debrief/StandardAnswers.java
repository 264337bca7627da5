package io.debrief.core.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers to the standard questions of one debrief: the three every debrief answers, and acknowledged and
 * mitigated within target when the project sets those targets (null when it does not: no target, no question).
 */
public record StandardAnswers(
        Answer identified, Answer fixed, Answer autoResolved, Answer acknowledged, Answer mitigated) {

    public StandardAnswers(Answer identified, Answer fixed, Answer autoResolved) {
        this(identified, fixed, autoResolved, null, null);
    }

    /** The answers asked, in the order the phases run: identified, acknowledged, mitigated, fixed, auto-resolved. */
    public List<Answer> all() {
        List<Answer> all = new ArrayList<>();
        all.add(identified);
        if (acknowledged != null) {
            all.add(acknowledged);
        }
        if (mitigated != null) {
            all.add(mitigated);
        }
        all.add(fixed);
        all.add(autoResolved);
        return List.copyOf(all);
    }

    /** The answer to {@code question}, empty when it was not asked. */
    public Optional<Answer> of(Question question) {
        return all().stream().filter(answer -> answer.question() == question).findFirst();
    }

    /** The action items the answers suggest, in question order. */
    public List<DraftActionItem> drafts() {
        return all().stream().map(Answer::draft).flatMap(Optional::stream).toList();
    }
}
