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
     * Yes. For the time questions {@code actual} and {@code target} say by how much ({@code approximate}: the actual
     * time is built on an approximate moment); for "auto-resolved" both are null.
     */
    record Yes(Question question, Duration actual, Duration target, boolean approximate) implements Answer {
        public Yes {
            Objects.requireNonNull(question, "question");
        }

        public Yes(Question question, Duration actual, Duration target) {
            this(question, actual, target, false);
        }

        @Override
        public Optional<DraftActionItem> draft() {
            return Optional.empty();
        }
    }

    /** No, with the action item that would turn it into a yes next time. */
    record No(Question question, Duration actual, Duration target, DraftActionItem action, boolean approximate)
            implements Answer {
        public No {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(action, "action");
        }

        public No(Question question, Duration actual, Duration target, DraftActionItem action) {
            this(question, actual, target, action, false);
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
