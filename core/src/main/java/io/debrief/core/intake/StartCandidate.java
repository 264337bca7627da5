package io.debrief.core.intake;

import java.time.Duration;

/** A causal event before detection that may be where the incident really started, and how long before. */
public record StartCandidate(StoredEvent event, MatchReason reason, Duration beforeDetection) {

    /** Whole minutes before detection, rounded down. */
    public long minutesBeforeDetection() {
        return beforeDetection.toMinutes();
    }
}
