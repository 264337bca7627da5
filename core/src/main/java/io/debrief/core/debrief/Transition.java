package io.debrief.core.debrief;

import java.util.Objects;

/** The outcome of asking a debrief to change: the changed debrief, or the reason it refused. */
public sealed interface Transition {

    /** The change happened; {@code debrief} is the new state, not yet stored. */
    record Done(Debrief debrief) implements Transition {
        public Done {
            Objects.requireNonNull(debrief, "debrief");
        }
    }

    /** The change was refused; nothing changed. */
    record Refused(String reasonKey) implements Transition {
        public Refused {
            Objects.requireNonNull(reasonKey, "reasonKey");
        }
    }

    default boolean isDone() {
        return this instanceof Done;
    }
}
