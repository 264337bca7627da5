package io.debrief.core.actionitem;

/** What to do about the debrief label on an issue, and why. */
public enum LabelDecision {
    /** A debrief item without the label: add it. */
    APPLY,
    /** Already labelled: nothing to do. */
    ALREADY_LABELLED,
    /** A person removed the label by hand: respect that, never put it back. */
    REMOVED_BY_HAND,
    /** Not a debrief item: leave it alone. */
    NOT_AN_ITEM;

    public boolean shouldApply() {
        return this == APPLY;
    }
}
