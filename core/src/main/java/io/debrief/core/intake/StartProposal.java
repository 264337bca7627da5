package io.debrief.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Really started?": the candidates for the real start, ranked (the proposal first), and, when a person already
 * wrote a started entry, that entry's time: then only candidates earlier than it are offered, and the written entry
 * is never replaced.
 *
 * @param detectedAt the detection the candidates are measured against (the timeline's, else the incident's creation)
 * @param writtenStart the earliest started entry a person wrote, or null
 */
public record StartProposal(Instant detectedAt, Instant writtenStart, List<StartCandidate> ranked) {

    public StartProposal {
        ranked = List.copyOf(ranked);
    }

    /** The proposed real start: the first of the ranking. */
    public Optional<StartCandidate> proposed() {
        return ranked.stream().findFirst();
    }

    public Optional<Instant> writtenStartIfAny() {
        return Optional.ofNullable(writtenStart);
    }
}
