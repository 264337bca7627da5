package io.debrief.plugin.checkpoint;

import com.atlassian.annotations.security.AdminOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.access.AdminAccess;
import io.debrief.core.checkpoint.CheckpointRuns;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.checkpoint.RunningCheckpoints;
import io.debrief.core.common.KeepingTime;
import io.debrief.plugin.rest.QueryParams;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.ViewerProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What the last runs of the checkpoint job did, for administrators. */
@Path("admin/job-runs")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class JobRunsResource {

    private final CheckpointRuns runs;
    private final ViewerProvider viewers;

    @Inject
    public JobRunsResource(RunningCheckpoints checkpoints, KeepingTime time, JobRunLog log, ViewerProvider viewers) {
        this.runs = new CheckpointRuns(checkpoints, log, time.clock());
        this.viewers = viewers;
    }

    /**
     * The latest runs, newest first; {@code limit} a whole number (default 20; above 100 reads 100).
     *
     * <p>Outcomes: anonymous -> 401; not an administrator -> 403; limit not a whole number from 1 -> 400 (field
     * "limit"); otherwise 200 {@link JobRunsView}.
     */
    @GET
    public JobRunsView latest(@QueryParam("limit") String limit) {
        var viewer = viewers.current();
        QueryParams params = new QueryParams();
        int wanted = params.number("limit", limit, 1, Integer.MAX_VALUE, DEFAULT_LIMIT);
        if (!params.isValid()) {
            // who may not read the runs learns that first (401, 403), as for any other request
            AdminAccess.require(viewer);
            params.throwIfInvalid();
        }
        return new JobRunsView(
                runs.latest(wanted, viewer).stream().map(JobRunView::of).toList());
    }

    static final int DEFAULT_LIMIT = 20;

    /** The runs, newest first. */
    public record JobRunsView(@JsonProperty("runs") List<JobRunView> runs) {}

    /**
     * One run.
     *
     * @param finishedAt ISO-8601 instant
     * @param skipped    due checkpoints another run or node had already claimed
     * @param tookMillis how long the run took
     */
    public record JobRunView(
            @JsonProperty("finishedAt") String finishedAt,
            @JsonProperty("opened") int opened,
            @JsonProperty("repaired") int repaired,
            @JsonProperty("skipped") int skipped,
            @JsonProperty("failed") List<FailureView> failed,
            @JsonProperty("tookMillis") long tookMillis) {

        static JobRunView of(JobRunLog.JobRun run) {
            return new JobRunView(
                    JsonOutput.instant(run.finishedAt()),
                    run.report().opened(),
                    run.report().repaired(),
                    run.report().skipped(),
                    run.report().failed().stream()
                            .map(f -> new FailureView(f.incident().key(), f.reason()))
                            .toList(),
                    run.report().took().toMillis());
        }
    }

    /** An incident the run could not handle, and why. */
    public record FailureView(
            @JsonProperty("incident") String incident,
            @JsonProperty("reason") String reason) {}
}
