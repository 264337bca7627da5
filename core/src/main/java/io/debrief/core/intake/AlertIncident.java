package io.debrief.core.intake;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident an alert opened: claimed by the firing event that opened it (the claim is unique per source, alert key
 * and sequence, so two nodes receiving the same alert open one issue), the issue once created, and the resolving event
 * once its resolution was recorded.
 *
 * @param alertKey what the source's format names the alert by across its lifecycle ({@link ExternalEvent#subjectKey()})
 * @param sequence 1 for the first incident of the alert, then one more for each opened after the previous was resolved
 * @param firingEventId the stored event that opened it
 * @param issue the Incident issue, null while it is being created
 * @param resolvedEventId the stored event whose resolution was recorded on the timeline, or null
 */
public record AlertIncident(
        String sourceKey,
        String alertKey,
        int sequence,
        long firingEventId,
        Instant claimedAt,
        IssueRef issue,
        Long resolvedEventId,
        Instant resolvedAt) {

    public AlertIncident {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(alertKey, "alertKey");
        Objects.requireNonNull(claimedAt, "claimedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }

    /** A claim just taken by a firing event: no issue yet, not resolved. */
    public static AlertIncident claim(String sourceKey, String alertKey, int sequence, long eventId, Instant at) {
        return new AlertIncident(sourceKey, alertKey, sequence, eventId, at, null, null, null);
    }

    public Optional<IssueRef> openedIssue() {
        return Optional.ofNullable(issue);
    }

    public boolean resolutionRecorded() {
        return resolvedEventId != null;
    }
}
