package io.debrief.core.debrief;

import io.debrief.core.common.UserRef;
import io.debrief.core.incident.IncidentFacts;
import java.time.Instant;
import java.util.Objects;

/**
 * The debrief of one incident: what it cost, what we learned, and where it is in awaiting -> held -> published.
 *
 * <p>Changes return a {@link Transition} instead of throwing. Once published a debrief is read-only for everyone.
 *
 * @param version the stored version, 0 for a debrief never stored
 * @param holdOverride why it was held although its timeline was out of order; null when the timeline was consistent
 * @param record what a published debrief was judged on, frozen at publication; null before publication (and for a
 *               debrief published before records were kept, until the upgrade task freezes it)
 * @param holdLintSeen how many blameless-lint findings its text had when it was held and the holder confirmed having
 *                     seen them (holding is never blocked by them); null when there were none or nobody was asked
 */
public record Debrief(
        long incidentId,
        DebriefStatus status,
        Impact impact,
        String analysis,
        AutoResolved autoResolved,
        Instant heldAt,
        UserRef heldBy,
        Instant publishedAt,
        UserRef publishedBy,
        int version,
        Instant updatedAt,
        UserRef updatedBy,
        String holdOverride,
        PublishedRecord record,
        Integer holdLintSeen) {

    public static final String REFUSED_PUBLISHED = "debrief.error.debrief.published";
    public static final String REFUSED_HOLD_NOT_AWAITING = "debrief.error.debrief.hold.not-awaiting";
    public static final String REFUSED_HOLD_NOT_RESOLVED = "debrief.error.debrief.hold.not-resolved";
    public static final String REFUSED_HOLD_NO_ANALYSIS = "debrief.error.debrief.hold.no-analysis";
    public static final String REFUSED_PUBLISH_NOT_HELD = "debrief.error.debrief.publish.not-held";
    public static final String REFUSED_HOLD_TIMELINE_OUT_OF_ORDER = "debrief.error.debrief.hold.out-of-order";

    /** The longest reason a hold override may give. */
    public static final int MAX_OVERRIDE_LENGTH = 1000;

    public Debrief {
        Objects.requireNonNull(status, "status");
        impact = impact == null ? Impact.empty() : impact;
        analysis = analysis == null ? "" : analysis;
        autoResolved = autoResolved == null ? AutoResolved.UNANSWERED : autoResolved;
        holdOverride = holdOverride == null || holdOverride.isBlank() ? null : holdOverride.strip();
        holdLintSeen = holdLintSeen == null || holdLintSeen <= 0 ? null : holdLintSeen;
    }

    /** A debrief held without lint findings to confirm (stores and fixtures written before the lint asked). */
    public Debrief(
            long incidentId,
            DebriefStatus status,
            Impact impact,
            String analysis,
            AutoResolved autoResolved,
            Instant heldAt,
            UserRef heldBy,
            Instant publishedAt,
            UserRef publishedBy,
            int version,
            Instant updatedAt,
            UserRef updatedBy,
            String holdOverride,
            PublishedRecord record) {
        this(
                incidentId,
                status,
                impact,
                analysis,
                autoResolved,
                heldAt,
                heldBy,
                publishedAt,
                publishedBy,
                version,
                updatedAt,
                updatedBy,
                holdOverride,
                record,
                null);
    }

    /** The debrief every incident has before anyone writes one. */
    public static Debrief awaiting(long incidentId) {
        return new Debrief(
                incidentId,
                DebriefStatus.AWAITING,
                Impact.empty(),
                "",
                AutoResolved.UNANSWERED,
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

    public boolean isReadOnly() {
        return status == DebriefStatus.PUBLISHED;
    }

    /** New content, while not published. */
    public Transition edit(DebriefEdit edit, UserRef by, Instant at) {
        if (isReadOnly()) {
            return new Transition.Refused(REFUSED_PUBLISHED);
        }
        return new Transition.Done(new Debrief(
                incidentId,
                status,
                edit.impact(),
                edit.analysis(),
                edit.autoResolved(),
                heldAt,
                heldBy,
                publishedAt,
                publishedBy,
                version,
                at,
                by,
                holdOverride,
                record,
                holdLintSeen));
    }

    /**
     * Records that the debrief meeting took place: only while awaiting, once resolved, with an analysis written, and
     * with a timeline whose facts are in order (started, then detected, mitigated and resolved), unless the holder
     * gives a reason to hold it anyway, which the debrief keeps.
     *
     * @param override why to hold although the timeline is out of order; null or blank for none
     */
    public Transition hold(IncidentFacts facts, String override, UserRef by, Instant at) {
        return hold(facts, override, null, by, at);
    }

    /**
     * As {@link #hold(IncidentFacts, String, UserRef, Instant)}, recording that the holder saw {@code lintSeen}
     * blameless-lint findings in the text and held it anyway (null or 0: none).
     */
    public Transition hold(IncidentFacts facts, String override, Integer lintSeen, UserRef by, Instant at) {
        if (isReadOnly()) {
            return new Transition.Refused(REFUSED_PUBLISHED);
        }
        if (status != DebriefStatus.AWAITING) {
            return new Transition.Refused(REFUSED_HOLD_NOT_AWAITING);
        }
        if (facts.resolved().isEmpty()) {
            return new Transition.Refused(REFUSED_HOLD_NOT_RESOLVED);
        }
        if (analysis.isBlank()) {
            return new Transition.Refused(REFUSED_HOLD_NO_ANALYSIS);
        }
        boolean outOfOrder =
                facts.findings().stream().anyMatch(finding -> finding.kind().isOutOfOrder());
        String reason = override == null || override.isBlank() ? null : override.strip();
        if (outOfOrder && reason == null) {
            return new Transition.Refused(REFUSED_HOLD_TIMELINE_OUT_OF_ORDER);
        }
        return new Transition.Done(new Debrief(
                incidentId,
                DebriefStatus.HELD,
                impact,
                analysis,
                autoResolved,
                at,
                by,
                null,
                null,
                version,
                at,
                by,
                outOfOrder ? reason : null,
                null,
                lintSeen));
    }

    /**
     * Makes a held debrief readable by everyone who can browse the project; final. The record of what it was judged
     * on is kept with it, so nothing that changes later changes the published debrief.
     */
    public Transition publish(PublishedRecord judgedOn, UserRef by, Instant at) {
        Objects.requireNonNull(judgedOn, "judgedOn");
        if (isReadOnly()) {
            return new Transition.Refused(REFUSED_PUBLISHED);
        }
        if (status != DebriefStatus.HELD) {
            return new Transition.Refused(REFUSED_PUBLISH_NOT_HELD);
        }
        return new Transition.Done(new Debrief(
                incidentId,
                DebriefStatus.PUBLISHED,
                impact,
                analysis,
                autoResolved,
                heldAt,
                heldBy,
                at,
                by,
                version,
                at,
                by,
                holdOverride,
                judgedOn,
                holdLintSeen));
    }

    /** The same debrief as stored at {@code newVersion} (stores call this). */
    public Debrief withVersion(int newVersion) {
        return new Debrief(
                incidentId,
                status,
                impact,
                analysis,
                autoResolved,
                heldAt,
                heldBy,
                publishedAt,
                publishedBy,
                newVersion,
                updatedAt,
                updatedBy,
                holdOverride,
                record,
                holdLintSeen);
    }

    /** A debrief published before records were kept, with its record taken now (the upgrade task calls this). */
    public Debrief withRecord(PublishedRecord judgedOn) {
        if (!isReadOnly() || record != null) {
            throw new IllegalStateException("only a published debrief without a record takes one");
        }
        return new Debrief(
                incidentId,
                status,
                impact,
                analysis,
                autoResolved,
                heldAt,
                heldBy,
                publishedAt,
                publishedBy,
                version,
                updatedAt,
                updatedBy,
                holdOverride,
                Objects.requireNonNull(judgedOn, "judgedOn"),
                holdLintSeen);
    }
}
