package io.debrief.core.testkit;

import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.checkpoint.JobRunReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Job run reports in memory, newest first like the real store. */
public final class InMemoryJobRunLog implements JobRunLog {

    private final List<JobRun> runs = new ArrayList<>();

    @Override
    public synchronized void record(JobRunReport report, Instant finishedAt) {
        runs.add(new JobRun(finishedAt, report));
    }

    @Override
    public synchronized List<JobRun> latest(int limit) {
        return runs.stream()
                .sorted(Comparator.comparing(JobRun::finishedAt).reversed())
                .limit(limit)
                .toList();
    }
}
