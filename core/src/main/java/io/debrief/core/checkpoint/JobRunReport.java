package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the checkpoint job did: sub-tasks opened, claims repaired, due checkpoints left to another run,
 * incidents that failed (and why), and how long it took.
 *
 * @param skipped due checkpoints another run or node had already claimed
 */
public record JobRunReport(int opened, int repaired, int skipped, List<Failure> failed, Duration took) {

    /** One incident the run could not handle; the run went on with the others. */
    public record Failure(IssueRef incident, String reason) {
        public Failure {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public JobRunReport {
        failed = List.copyOf(failed);
        Objects.requireNonNull(took, "took");
    }
}
