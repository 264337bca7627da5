package io.debrief.core.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.UserRef;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DebriefTest {

    private static final Instant T = Instant.parse("2026-03-03T10:00:00Z");
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final IncidentFacts RESOLVED =
            new IncidentFacts(T.minusSeconds(7200), null, null, T.minusSeconds(3600));

    private static final PublishedRecord JUDGED_ON = new PublishedRecord(Targets.DEFAULT, RESOLVED, List.of(), T);

    private static Debrief withAnalysis(String analysis) {
        Transition edited =
                Debrief.awaiting(1).edit(new DebriefEdit(Impact.empty(), analysis, AutoResolved.NO), ALICE, T);
        return ((Transition.Done) edited).debrief();
    }

    private static Debrief done(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Done.class);
        return ((Transition.Done) transition).debrief();
    }

    @Test
    void a_new_debrief_awaits_with_nothing_written() {
        Debrief debrief = Debrief.awaiting(7);

        assertThat(debrief.status()).isEqualTo(DebriefStatus.AWAITING);
        assertThat(debrief.version()).isZero();
        assertThat(debrief.autoResolved()).isEqualTo(AutoResolved.UNANSWERED);
        assertThat(debrief.analysis()).isEmpty();
    }

    @Test
    void holding_a_resolved_incident_with_an_analysis_records_who_and_when() {
        Debrief held = done(withAnalysis("Config drift went unnoticed").hold(RESOLVED, null, ALICE, T));

        assertThat(held.status()).isEqualTo(DebriefStatus.HELD);
        assertThat(held.heldAt()).isEqualTo(T);
        assertThat(held.heldBy()).isEqualTo(ALICE);
    }

    @Test
    void holding_is_refused_without_resolution_or_without_analysis() {
        assertThat(withAnalysis("x").hold(IncidentFacts.none(), null, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NOT_RESOLVED));
        assertThat(withAnalysis("   ").hold(RESOLVED, null, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NO_ANALYSIS));
    }

    /** Every pair of facts that can contradict each other: the later one recorded before the earlier one. */
    static Stream<IncidentFacts> timelinesOutOfOrder() {
        Instant start = T.minusSeconds(7200);
        Instant before = start.minusSeconds(60);
        return Stream.of(
                new IncidentFacts(start, before, null, T.minusSeconds(3600)),
                new IncidentFacts(start, null, before, T.minusSeconds(3600)),
                new IncidentFacts(start, null, null, before),
                new IncidentFacts(start, start.plusSeconds(600), null, start.plusSeconds(300)),
                new IncidentFacts(start, null, start.plusSeconds(600), start.plusSeconds(300)));
    }

    @ParameterizedTest
    @MethodSource("timelinesOutOfOrder")
    void holding_with_a_timeline_out_of_order_is_refused_without_a_reason(IncidentFacts outOfOrder) {
        assertThat(outOfOrder.findings()).anyMatch(finding -> finding.kind().isOutOfOrder());

        assertThat(withAnalysis("x").hold(outOfOrder, null, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_TIMELINE_OUT_OF_ORDER));
        assertThat(withAnalysis("x").hold(outOfOrder, "   ", ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_TIMELINE_OUT_OF_ORDER));
    }

    @ParameterizedTest
    @MethodSource("timelinesOutOfOrder")
    void holding_with_a_timeline_out_of_order_and_a_reason_keeps_the_reason(IncidentFacts outOfOrder) {
        Debrief held = done(withAnalysis("x").hold(outOfOrder, "  pager clock was 20 min fast ", ALICE, T));

        assertThat(held.status()).isEqualTo(DebriefStatus.HELD);
        assertThat(held.holdOverride()).isEqualTo("pager clock was 20 min fast");
    }

    @Test
    void a_reason_given_for_a_consistent_timeline_is_not_kept_as_an_override() {
        Debrief held = done(withAnalysis("x").hold(RESOLVED, "just in case", ALICE, T));

        assertThat(held.holdOverride()).isNull();
    }

    @Test
    void missing_facts_other_than_the_resolution_do_not_block_holding() {
        IncidentFacts onlyResolved = new IncidentFacts(null, null, null, T.minusSeconds(3600));

        assertThat(done(withAnalysis("x").hold(onlyResolved, null, ALICE, T)).status())
                .isEqualTo(DebriefStatus.HELD);
    }

    @Test
    void publishing_keeps_what_the_debrief_was_judged_on_and_the_hold_override() {
        IncidentFacts outOfOrder = new IncidentFacts(T.minusSeconds(600), T.minusSeconds(900), null, T);
        Debrief held = done(withAnalysis("x").hold(outOfOrder, "clock skew", ALICE, T));

        Debrief published = done(held.publish(JUDGED_ON, ALICE, T.plusSeconds(60)));

        assertThat(published.record()).isEqualTo(JUDGED_ON);
        assertThat(published.holdOverride()).isEqualTo("clock skew");
        assertThat(published.withVersion(3).record()).isEqualTo(JUDGED_ON);
    }

    @Test
    void holding_twice_is_refused() {
        Debrief held = done(withAnalysis("x").hold(RESOLVED, null, ALICE, T));

        assertThat(held.hold(RESOLVED, null, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NOT_AWAITING));
    }

    @Test
    void only_a_held_debrief_can_be_published() {
        assertThat(withAnalysis("x").publish(JUDGED_ON, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_PUBLISH_NOT_HELD));

        Debrief published = done(
                done(withAnalysis("x").hold(RESOLVED, null, ALICE, T)).publish(JUDGED_ON, ALICE, T.plusSeconds(60)));

        assertThat(published.status()).isEqualTo(DebriefStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(published.heldAt()).isEqualTo(T);
    }

    @Test
    void a_published_debrief_refuses_every_change() {
        Debrief published =
                done(done(withAnalysis("x").hold(RESOLVED, null, ALICE, T)).publish(JUDGED_ON, ALICE, T));
        Transition.Refused readOnly = new Transition.Refused(Debrief.REFUSED_PUBLISHED);

        assertThat(published.isReadOnly()).isTrue();
        assertThat(published.edit(new DebriefEdit(null, "rewrite", null), ALICE, T))
                .isEqualTo(readOnly);
        assertThat(published.hold(RESOLVED, null, ALICE, T)).isEqualTo(readOnly);
        assertThat(published.publish(JUDGED_ON, ALICE, T)).isEqualTo(readOnly);
    }

    @Test
    void a_held_debrief_can_still_be_edited_before_publishing() {
        Debrief held = done(withAnalysis("x").hold(RESOLVED, null, ALICE, T));

        Debrief edited = done(held.edit(new DebriefEdit(null, "more detail", AutoResolved.YES), ALICE, T));

        assertThat(edited.status()).isEqualTo(DebriefStatus.HELD);
        assertThat(edited.analysis()).isEqualTo("more detail");
    }

    @Test
    void edits_validate_impact_and_analysis_limits() {
        DebriefEdit edit = new DebriefEdit(
                new Impact("x".repeat(2001), -1L, "y".repeat(501), "z".repeat(501)),
                "é".repeat(DebriefEdit.MAX_ANALYSIS_BYTES / 2 + 1),
                AutoResolved.NO);

        assertThat(edit.validate())
                .extracting(e -> e.field())
                .containsExactly("impact.affected", "impact.count", "impact.duration", "impact.cost", "analysis");
        assertThat(new DebriefEdit(new Impact("x".repeat(2000), 0L, "", ""), "é".repeat(32_768), null).validate())
                .isEmpty();
    }
}
