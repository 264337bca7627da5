package io.debrief.core.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.UserRef;
import io.debrief.core.incident.IncidentFacts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DebriefTest {

    private static final Instant T = Instant.parse("2026-03-03T10:00:00Z");
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final IncidentFacts RESOLVED = new IncidentFacts(T.minusSeconds(7200), null, null,
            T.minusSeconds(3600));

    private static Debrief withAnalysis(String analysis) {
        Transition edited = Debrief.awaiting(1).edit(new DebriefEdit(Impact.empty(), analysis, AutoResolved.NO), ALICE,
                T);
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
        Debrief held = done(withAnalysis("Config drift went unnoticed").hold(RESOLVED, ALICE, T));

        assertThat(held.status()).isEqualTo(DebriefStatus.HELD);
        assertThat(held.heldAt()).isEqualTo(T);
        assertThat(held.heldBy()).isEqualTo(ALICE);
    }

    @Test
    void holding_is_refused_without_resolution_or_without_analysis() {
        assertThat(withAnalysis("x").hold(IncidentFacts.none(), ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NOT_RESOLVED));
        assertThat(withAnalysis("   ").hold(RESOLVED, ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NO_ANALYSIS));
    }

    @Test
    void holding_twice_is_refused() {
        Debrief held = done(withAnalysis("x").hold(RESOLVED, ALICE, T));

        assertThat(held.hold(RESOLVED, ALICE, T)).isEqualTo(new Transition.Refused(Debrief.REFUSED_HOLD_NOT_AWAITING));
    }

    @Test
    void only_a_held_debrief_can_be_published() {
        assertThat(withAnalysis("x").publish(ALICE, T))
                .isEqualTo(new Transition.Refused(Debrief.REFUSED_PUBLISH_NOT_HELD));

        Debrief published = done(done(withAnalysis("x").hold(RESOLVED, ALICE, T)).publish(ALICE, T.plusSeconds(60)));

        assertThat(published.status()).isEqualTo(DebriefStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(published.heldAt()).isEqualTo(T);
    }

    @Test
    void a_published_debrief_refuses_every_change() {
        Debrief published = done(done(withAnalysis("x").hold(RESOLVED, ALICE, T)).publish(ALICE, T));
        Transition.Refused readOnly = new Transition.Refused(Debrief.REFUSED_PUBLISHED);

        assertThat(published.isReadOnly()).isTrue();
        assertThat(published.edit(new DebriefEdit(null, "rewrite", null), ALICE, T)).isEqualTo(readOnly);
        assertThat(published.hold(RESOLVED, ALICE, T)).isEqualTo(readOnly);
        assertThat(published.publish(ALICE, T)).isEqualTo(readOnly);
    }

    @Test
    void a_held_debrief_can_still_be_edited_before_publishing() {
        Debrief held = done(withAnalysis("x").hold(RESOLVED, ALICE, T));

        Debrief edited = done(held.edit(new DebriefEdit(null, "more detail", AutoResolved.YES), ALICE, T));

        assertThat(edited.status()).isEqualTo(DebriefStatus.HELD);
        assertThat(edited.analysis()).isEqualTo("more detail");
    }

    @Test
    void edits_validate_impact_and_analysis_limits() {
        DebriefEdit edit = new DebriefEdit(new Impact("x".repeat(2001), -1L, "y".repeat(501), "z".repeat(501)),
                "é".repeat(DebriefEdit.MAX_ANALYSIS_BYTES / 2 + 1), AutoResolved.NO);

        assertThat(edit.validate()).extracting(e -> e.field())
                .containsExactly("impact.affected", "impact.count", "impact.duration", "impact.cost", "analysis");
        assertThat(new DebriefEdit(new Impact("x".repeat(2000), 0L, "", ""), "é".repeat(32_768), null).validate())
                .isEmpty();
    }
}
