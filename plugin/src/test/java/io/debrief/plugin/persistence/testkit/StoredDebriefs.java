package io.debrief.plugin.persistence.testkit;

import static io.debrief.core.testkit.TrackerFixtures.ALICE;

import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.PublishedRecord;
import java.time.Duration;
import java.time.Instant;

/** Debriefs in each state, as stores receive them: {@code published(10_001, at, "what we learned")}. */
public final class StoredDebriefs {

    private StoredDebriefs() {}

    public static Debrief awaiting(long incidentId, String analysis) {
        return new Debrief(
                incidentId,
                DebriefStatus.AWAITING,
                new Impact("checkout users", 1200L, "40 min", "unknown"),
                analysis,
                AutoResolved.NO,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null);
    }

    public static Debrief held(long incidentId, Instant heldAt, String analysis) {
        return new Debrief(
                incidentId,
                DebriefStatus.HELD,
                new Impact("checkout users", 1200L, "40 min", "unknown"),
                analysis,
                AutoResolved.NO,
                heldAt,
                ALICE,
                null,
                null,
                0,
                heldAt,
                ALICE,
                null,
                null);
    }

    public static Debrief published(long incidentId, Instant publishedAt, String analysis) {
        Instant heldAt = publishedAt.minus(Duration.ofDays(1));
        return new Debrief(
                incidentId,
                DebriefStatus.PUBLISHED,
                new Impact("checkout users", null, "", ""),
                analysis,
                AutoResolved.YES,
                heldAt,
                ALICE,
                publishedAt,
                ALICE,
                0,
                publishedAt,
                ALICE,
                null,
                null);
    }

    /**
     * A published debrief with the record of what it was judged on, as publishing now stores it, held with a reason
     * and three lint hints the holder saw.
     */
    public static Debrief published(long incidentId, Instant publishedAt, String analysis, PublishedRecord record) {
        Debrief legacy = published(incidentId, publishedAt, analysis);
        return new Debrief(
                incidentId,
                DebriefStatus.PUBLISHED,
                legacy.impact(),
                analysis,
                legacy.autoResolved(),
                legacy.heldAt(),
                ALICE,
                publishedAt,
                ALICE,
                0,
                publishedAt,
                ALICE,
                "clock skew on the pager host",
                record,
                3);
    }
}
