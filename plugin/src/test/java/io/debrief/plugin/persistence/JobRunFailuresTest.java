package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.common.IssueRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's failures survive the trip through one text column, whatever the exception messages contain. */
class JobRunFailuresTest {

    @Test
    void failures_round_trip_with_tabs_line_breaks_and_backslashes_in_the_reason() {
        List<JobRunReport.Failure> failures = List.of(
                new JobRunReport.Failure(new IssueRef(1001, "INC-12", "INC"), "IllegalStateException: a\tb\nc\\d"),
                new JobRunReport.Failure(new IssueRef(7, "OPS-7", "OPS"), ""));

        assertThat(JobRunFailures.decode(JobRunFailures.encode(failures))).isEqualTo(failures);
    }

    @Test
    void no_failures_is_empty_text_and_reads_back_empty() {
        assertThat(JobRunFailures.encode(List.of())).isEmpty();
        assertThat(JobRunFailures.decode(null)).isEmpty();
    }

    @Test
    void a_very_long_reason_is_cut_to_the_limit() {
        String reason = "x".repeat(JobRunFailures.MAX_REASON + 50);

        List<JobRunReport.Failure> read = JobRunFailures.decode(
                JobRunFailures.encode(List.of(new JobRunReport.Failure(new IssueRef(1, "INC-1", "INC"), reason))));

        assertThat(read.get(0).reason()).hasSize(JobRunFailures.MAX_REASON);
    }
}
