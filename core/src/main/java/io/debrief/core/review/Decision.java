package io.debrief.core.review;

/** What the monthly review decided about an open action item. */
public sealed interface Decision {

    int MAX_REASON_LENGTH = 1000;

    /** Close the item as no longer relevant; the reason (checked by {@link ReviewDecisionPolicy}) is kept. */
    record CloseIrrelevant(String reason) implements Decision {}

    /** Raise the item's priority so it gets done. */
    record Prioritise() implements Decision {}

    /** Keep the item as it is, on purpose. */
    record Keep() implements Decision {}

    static Decision closeIrrelevant(String reason) {
        return new CloseIrrelevant(reason);
    }

    static Decision prioritise() {
        return new Prioritise();
    }

    static Decision keep() {
        return new Keep();
    }
}
