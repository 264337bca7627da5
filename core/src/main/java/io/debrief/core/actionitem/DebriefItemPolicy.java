package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import java.util.Optional;

/**
 * Decides which issues are debrief action items and whether they should carry the debrief label.
 *
 * <p>An issue is an item when it is linked to an Incident with the "Debrief action item" link type, or when it is a
 * sub-task of an Incident other than a "Debrief checkpoint" sub-task. The only place this rule is written.
 */
public final class DebriefItemPolicy {

    public static final String INCIDENT_TYPE = "Incident";
    public static final String CHECKPOINT_TYPE = "Debrief checkpoint";
    public static final String ACTION_ITEM_LINK_TYPE = "Debrief action item";

    /** The incident the candidate is an action item of, or empty when it is not an action item. */
    public Optional<IssueRef> incidentOf(ItemCandidate candidate) {
        for (ItemCandidate.Link link : candidate.links()) {
            if (ACTION_ITEM_LINK_TYPE.equals(link.linkTypeName()) && isIncident(link.other())) {
                return Optional.of(link.other().issue());
            }
        }
        ItemCandidate.Related parent = candidate.parent();
        if (parent != null && isIncident(parent) && !CHECKPOINT_TYPE.equals(candidate.issueTypeName())) {
            return Optional.of(parent.issue());
        }
        return Optional.empty();
    }

    public boolean isDebriefItem(ItemCandidate candidate) {
        return incidentOf(candidate).isPresent();
    }

    /** Whether to (re)apply the label; a label a person removed is never put back, so listeners cannot loop. */
    public LabelDecision labelDecision(ItemCandidate candidate, String label) {
        if (!isDebriefItem(candidate)) {
            return LabelDecision.NOT_AN_ITEM;
        }
        if (candidate.labels().contains(label)) {
            return LabelDecision.ALREADY_LABELLED;
        }
        if (candidate.labelRemovedByHand()) {
            return LabelDecision.REMOVED_BY_HAND;
        }
        return LabelDecision.APPLY;
    }

    private static boolean isIncident(ItemCandidate.Related issue) {
        return INCIDENT_TYPE.equals(issue.issueTypeName());
    }
}
