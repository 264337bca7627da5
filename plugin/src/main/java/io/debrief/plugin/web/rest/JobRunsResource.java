package io.debrief.plugin.web.rest;

import com.atlassian.annotations.security.AdminOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.checkpoint.CheckpointRuns;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.rest.json.JsonOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
    public JobRunsResource(DebriefApplication app, JobRunLog log, ViewerProvider viewers) {
        this.runs = new CheckpointRuns(app.checkpoints(), log, app.clock());
        this.viewers = viewers;
    }

    /**
     * The latest runs, newest first; {@code limit} 1..100 (default 20, clamped).
     *
     * <p>Outcomes: anonymous -> 401; not an administrator -> 403; otherwise 200 {@link RunsJson}.
     */
    @GET
    public RunsJson latest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return new RunsJson(runs.latest(limit, viewers.current()).stream().map(RunJson::of).toList());
    }

    /** The runs, newest first. */
    public record RunsJson(@JsonProperty("runs") List<RunJson> runs) {
    }

    /**
     * One run.
     *
     * @param finishedAt ISO-8601 instant
     * @param skipped    due checkpoints another run or node had already claimed
     * @param tookMillis how long the run took
     */
    public record RunJson(@JsonProperty("finishedAt") String finishedAt, @JsonProperty("opened") int opened,
                          @JsonProperty("repaired") int repaired, @JsonProperty("skipped") int skipped,
                          @JsonProperty("failed") List<FailureJson> failed,
                          @JsonProperty("tookMillis") long tookMillis) {

        static RunJson of(JobRunLog.JobRun run) {
            return new RunJson(JsonOutput.instant(run.finishedAt()), run.report().opened(), run.report().repaired(),
                    run.report().skipped(), run.report().failed().stream()
                    .map(f -> new FailureJson(f.incident().key(), f.reason())).toList(),
                    run.report().took().toMillis());
        }
    }

    /** An incident the run could not handle, and why. */
    public record FailureJson(@JsonProperty("incident") String incident, @JsonProperty("reason") String reason) {
    }
}
