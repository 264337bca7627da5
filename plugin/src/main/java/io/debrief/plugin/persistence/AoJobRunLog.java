package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.checkpoint.JobRunReport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The checkpoint job's run reports in Active Objects; only the latest {@value #KEPT} are kept. */
@Component
public class AoJobRunLog implements JobRunLog {

    /** Enough history to see a pattern, bounded so the table never grows with the years. */
    static final int KEPT = 200;

    private final ActiveObjects ao;

    @Inject
    public AoJobRunLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(JobRunReport report, Instant finishedAt) {
        ao.executeInTransaction(() -> {
            ao.create(
                    JobRunEntity.class,
                    new DBParam("FINISHED_AT", finishedAt.toEpochMilli()),
                    new DBParam("OPENED", report.opened()),
                    new DBParam("REPAIRED", report.repaired()),
                    new DBParam("SKIPPED", report.skipped()),
                    new DBParam("TOOK_MILLIS", report.took().toMillis()),
                    new DBParam("FAILURES", JobRunFailures.encode(report.failed())));
            JobRunEntity[] old = ao.find(
                    JobRunEntity.class,
                    Query.select()
                            .order("FINISHED_AT DESC, ID DESC")
                            .offset(KEPT)
                            .limit(KEPT));
            if (old.length > 0) {
                ao.delete(old);
            }
            return null;
        });
    }

    @Override
    public List<JobRun> latest(int limit) {
        JobRunEntity[] rows = ao.find(
                JobRunEntity.class,
                Query.select().order("FINISHED_AT DESC, ID DESC").limit(Math.max(1, limit)));
        return Arrays.stream(rows)
                .map(row -> new JobRun(
                        Instant.ofEpochMilli(row.getFinishedAt()),
                        new JobRunReport(
                                row.getOpened(),
                                row.getRepaired(),
                                row.getSkipped(),
                                JobRunFailures.decode(row.getFailures()),
                                Duration.ofMillis(row.getTookMillis()))))
                .toList();
    }
}
