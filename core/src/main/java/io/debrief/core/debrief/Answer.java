package io.debrief.core.debrief;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The answer to one standard question; every "no" (and most "unknown"s) comes with a drafted action item. */
public sealed interface Answer {

    Question question();

    /** The action item this answer suggests, if any. */
    Optional<DraftActionItem> draft();

    /**
     * Yes. For the time questions {@code actual} and {@code target} say by how much; for "auto-resolved" both are
     * null.
     */
    record Yes(Question question, Duration actual, Duration target) implements Answer {
        public Yes {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public Optional<DraftActionItem> draft() {
            return Optional.empty();
        }
    }

    /** No, with the action item that would turn it into a yes next time. */
    record No(Question question, Duration actual, Duration target, DraftActionItem action) implements Answer {
        public No {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(action, "action");
        }

        @Override
        public Optional<DraftActionItem> draft() {
            return Optional.of(action);
        }
    }

    /** Cannot tell yet, why ({@code reasonKey}) and what would let us tell (null when only an answer is missing). */
    record Unknown(Question question, String reasonKey, DraftActionItem action) implements Answer {
        public Unknown {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(reasonKey, "reasonKey");
        }

        @Override
        public Optional<DraftActionItem> draft() {
            return Optional.ofNullable(action);
        }
    }
}
