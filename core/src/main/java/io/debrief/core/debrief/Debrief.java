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
 */
public record Debrief(long incidentId, DebriefStatus status, Impact impact, String analysis,
        AutoResolved autoResolved, Instant heldAt, UserRef heldBy, Instant publishedAt, UserRef publishedBy,
        int version, Instant updatedAt, UserRef updatedBy) {

    public static final String REFUSED_PUBLISHED = "debrief.error.debrief.published";
    public static final String REFUSED_HOLD_NOT_AWAITING = "debrief.error.debrief.hold.not-awaiting";
    public static final String REFUSED_HOLD_NOT_RESOLVED = "debrief.error.debrief.hold.not-resolved";
    public static final String REFUSED_HOLD_NO_ANALYSIS = "debrief.error.debrief.hold.no-analysis";
    public static final String REFUSED_PUBLISH_NOT_HELD = "debrief.error.debrief.publish.not-held";

    public Debrief {
        Objects.requireNonNull(status, "status");
        impact = impact == null ? Impact.empty() : impact;
        analysis = analysis == null ? "" : analysis;
        autoResolved = autoResolved == null ? AutoResolved.UNANSWERED : autoResolved;
    }

    /** The debrief every incident has before anyone writes one. */
    public static Debrief awaiting(long incidentId) {
        return new Debrief(incidentId, DebriefStatus.AWAITING, Impact.empty(), "", AutoResolved.UNANSWERED, null,
                null, null, null, 0, null, null);
    }

    public boolean isReadOnly() {
        return status == DebriefStatus.PUBLISHED;
    }

    /** New content, while not published. */
    public Transition edit(DebriefEdit edit, UserRef by, Instant at) {
        if (isReadOnly()) {
            return new Transition.Refused(REFUSED_PUBLISHED);
        }
        return new Transition.Done(new Debrief(incidentId, status, edit.impact(), edit.analysis(),
                edit.autoResolved(), heldAt, heldBy, publishedAt, publishedBy, version, at, by));
    }

    /** Records that the debrief meeting took place: only while awaiting, once resolved, with an analysis written. */
    public Transition hold(IncidentFacts facts, UserRef by, Instant at) {
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
        return new Transition.Done(new Debrief(incidentId, DebriefStatus.HELD, impact, analysis, autoResolved, at, by,
                null, null, version, at, by));
    }

    /** Makes a held debrief readable by everyone who can browse the project; final. */
    public Transition publish(UserRef by, Instant at) {
        if (isReadOnly()) {
            return new Transition.Refused(REFUSED_PUBLISHED);
        }
        if (status != DebriefStatus.HELD) {
            return new Transition.Refused(REFUSED_PUBLISH_NOT_HELD);
        }
        return new Transition.Done(new Debrief(incidentId, DebriefStatus.PUBLISHED, impact, analysis, autoResolved,
                heldAt, heldBy, at, by, version, at, by));
    }

    /** The same debrief as stored at {@code newVersion} (stores call this). */
    public Debrief withVersion(int newVersion) {
        return new Debrief(incidentId, status, impact, analysis, autoResolved, heldAt, heldBy, publishedAt,
                publishedBy, newVersion, updatedAt, updatedBy);
    }
}
