package io.debrief.core.debrief;

import java.util.List;
import java.util.Optional;

/** The answers to the three standard questions of one debrief. */
public record StandardAnswers(Answer identified, Answer fixed, Answer autoResolved) {

    public List<Answer> all() {
        return List.of(identified, fixed, autoResolved);
    }

    /** The action items the answers suggest, in question order. */
    public List<DraftActionItem> drafts() {
        return all().stream().map(Answer::draft).flatMap(Optional::stream).toList();
    }
}
