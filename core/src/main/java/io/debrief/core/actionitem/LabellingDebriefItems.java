package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;

/**
 * The debrief label on the issues that follow an incident up, as the issue listener sees it: label an issue linked to
 * an incident when the policy says so, and remember when a person took the label off by hand (so it is never put
 * back). Implemented by {@link ActionItemService}.
 */
public interface LabellingDebriefItems {

    /** Adds the debrief label when the policy says so; returns the decision. */
    LabelDecision labelIfDebriefItem(ItemCandidate candidate);

    /** Remembers that {@code by} (a person, not the plugin) took the debrief label off {@code issue}. */
    void labelRemovedByHand(IssueRef issue, UserRef by);
}
