package io.debrief.core.actionitem;

import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.actionitem.ItemCandidate.Link;
import io.debrief.core.actionitem.ItemCandidate.Related;
import io.debrief.core.common.IssueRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebriefItemPolicyTest {

    private static final IssueRef ISSUE = new IssueRef(7001, "OPS-7", "OPS");
    private static final Related AN_INCIDENT = new Related(INCIDENT, "Incident");
    private static final Related A_STORY = new Related(new IssueRef(7002, "OPS-8", "OPS"), "Story");

    private final DebriefItemPolicy policy = new DebriefItemPolicy();

    private static ItemCandidate candidate(
            String type, Set<String> labels, Related parent, List<Link> links, boolean removedByHand) {
        return new ItemCandidate(ISSUE, type, labels, parent, links, removedByHand);
    }

    private static ItemCandidate linkedTo(Related other, String linkType) {
        return candidate("Task", Set.of(), null, List.of(new Link(linkType, other)), false);
    }

    @Test
    void an_issue_linked_to_an_incident_as_debrief_action_item_is_an_item() {
        ItemCandidate candidate = linkedTo(AN_INCIDENT, "Debrief action item");

        assertThat(policy.incidentOf(candidate)).hasValue(INCIDENT);
        assertThat(policy.labelDecision(candidate, "debrief")).isEqualTo(LabelDecision.APPLY);
    }

    @Test
    void another_link_type_to_an_incident_does_not_make_an_item() {
        assertThat(policy.isDebriefItem(linkedTo(AN_INCIDENT, "Relates"))).isFalse();
    }

    @Test
    void the_action_item_link_to_something_other_than_an_incident_does_not_make_an_item() {
        assertThat(policy.isDebriefItem(linkedTo(A_STORY, "Debrief action item")))
                .isFalse();
    }

    @Test
    void a_sub_task_of_an_incident_is_an_item() {
        ItemCandidate subTask = candidate("Sub-task", Set.of(), AN_INCIDENT, List.of(), false);

        assertThat(policy.incidentOf(subTask)).hasValue(INCIDENT);
    }

    @Test
    void a_checkpoint_sub_task_of_an_incident_is_not_an_item() {
        ItemCandidate checkpoint = candidate("Debrief checkpoint", Set.of(), AN_INCIDENT, List.of(), false);

        assertThat(policy.isDebriefItem(checkpoint)).isFalse();
        assertThat(policy.labelDecision(checkpoint, "debrief")).isEqualTo(LabelDecision.NOT_AN_ITEM);
    }

    @Test
    void a_sub_task_of_a_story_is_not_an_item() {
        assertThat(policy.isDebriefItem(candidate("Sub-task", Set.of(), A_STORY, List.of(), false)))
                .isFalse();
    }

    @Test
    void an_unrelated_issue_is_not_an_item_even_with_the_label() {
        ItemCandidate unrelated = candidate("Task", Set.of("debrief"), null, List.of(), false);

        assertThat(policy.labelDecision(unrelated, "debrief")).isEqualTo(LabelDecision.NOT_AN_ITEM);
    }

    @Test
    void an_item_already_labelled_needs_nothing() {
        ItemCandidate labelled = candidate("Sub-task", Set.of("debrief", "ops"), AN_INCIDENT, List.of(), false);

        assertThat(policy.labelDecision(labelled, "debrief")).isEqualTo(LabelDecision.ALREADY_LABELLED);
    }

    @Test
    void a_label_removed_by_hand_is_never_put_back() {
        ItemCandidate removed = candidate("Sub-task", Set.of(), AN_INCIDENT, List.of(), true);

        assertThat(policy.labelDecision(removed, "debrief")).isEqualTo(LabelDecision.REMOVED_BY_HAND);
        assertThat(policy.labelDecision(removed, "debrief").shouldApply()).isFalse();
    }

    @Test
    void the_configured_label_is_the_one_checked() {
        ItemCandidate labelledDebrief = candidate("Sub-task", Set.of("debrief"), AN_INCIDENT, List.of(), false);

        assertThat(policy.labelDecision(labelledDebrief, "postmortem")).isEqualTo(LabelDecision.APPLY);
    }
}
