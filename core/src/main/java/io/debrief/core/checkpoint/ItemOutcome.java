package io.debrief.core.checkpoint;

import java.time.LocalDate;
import java.util.Objects;

/** What a checkpoint recorded about one action item: done, re-planned to a new date, or dropped with a reason. */
public sealed interface ItemOutcome {

    /** The item is finished. */
    record Done() implements ItemOutcome {}

    /** The item stays open with a new due date. */
    record Replanned(LocalDate newDue) implements ItemOutcome {
        public Replanned {
            Objects.requireNonNull(newDue, "newDue");
        }
    }

    /** The item will not be done; the reason is required so the decision can be understood later. */
    record Dropped(String reason) implements ItemOutcome {
        public Dropped {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a dropped item needs a reason");
            }
        }
    }
}
