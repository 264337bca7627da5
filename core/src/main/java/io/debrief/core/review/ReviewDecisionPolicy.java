package io.debrief.core.review;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.Validation;
import io.debrief.core.tracker.TrackedIssue;

/**
 * Whether a review decision may be taken: a reason for closing (non-blank, at most 1000 characters), an item that is
 * still open, and a decision made on the item's current version (not on a stale page); the version must be given.
 */
public final class ReviewDecisionPolicy {

    /**
     * Whether this viewer may take review decisions on this (visible, debrief) item at all: they may edit it. The
     * decision is refused (403) when this says no, and the review offers no decision buttons for it.
     */
    public boolean allows(Viewer viewer, TrackedIssue item) {
        return viewer.canEdit(item.ref());
    }

    /**
     * Throws {@link io.debrief.core.common.InvalidInputException} for a missing decision (field "decision"), a bad
     * reason (field "reason") or a missing version (field "version", null), and
     * {@link ConflictException} for a closed item or a stale version.
     */
    public void check(Decision decision, TrackedIssue item, long expectedVersion, long currentVersion) {
        check(decision, item, Long.valueOf(expectedVersion), currentVersion);
    }

    /** As {@link #check(Decision, TrackedIssue, long, long)}, with a version a request may have left out. */
    public void check(Decision decision, TrackedIssue item, Long expectedVersion, long currentVersion) {
        Validation v = new Validation();
        if (decision == null) {
            v.reject("decision", "debrief.error.review.decision.required");
        } else if (decision instanceof Decision.CloseIrrelevant close) {
            String reason = close.reason();
            if (reason == null || reason.isBlank()) {
                v.reject("reason", "debrief.error.review.reason.required");
            } else {
                v.check(
                        reason.length() <= Decision.MAX_REASON_LENGTH,
                        "reason",
                        "debrief.error.review.reason.too.long",
                        Decision.MAX_REASON_LENGTH);
            }
        }
        if (expectedVersion == null) {
            v.reject("version", Validation.REQUIRED);
        }
        v.throwIfInvalid();
        if (!item.isOpen()) {
            throw new ConflictException("debrief.error.review.item.closed", item.key());
        }
        if (expectedVersion.longValue() != currentVersion) {
            throw new ConflictException("debrief.error.review.stale", item.key(), currentVersion);
        }
    }
}
