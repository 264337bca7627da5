package io.debrief.sandbox.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxSettingEntity;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Jira's scheduler, without a timer: runners are registered per node (in memory), schedules are kept by job id, and
 * "Run scheduled jobs now" runs every scheduled job whose runner is registered, with a {@link JobRunnerRequest} as
 * Jira's scheduler passes it. A job without a registered runner is not run (Jira reports it unavailable). A
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} job is first claimed in the database (a unique row), so two nodes on one
 * database never run it at the same time: the node that does not get the claim skips it; a claim older than
 * {@link #STALE_CLAIM} (a node that died mid-run) is taken over.
 */
final class HostScheduler implements SchedulerService {

    static final java.time.Duration STALE_CLAIM = java.time.Duration.ofHours(1);
    private static final String CLAIM = "scheduler.claim.";
    /** The due time a RUN_ONCE_PER_CLUSTER job last ran for, cluster-wide (epoch millis, zero-padded). */
    private static final String DUE = "scheduler.due.";

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SandboxContext host;
    private final String node;

    HostScheduler(Clock clock, SandboxContext host, String node) {
        this.clock = clock;
        this.host = host;
        this.node = node;
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobConfig.getSchedule().getType() == Schedule.Type.CRON_EXPRESSION && !validCron(jobConfig)) {
            throw new SchedulerServiceException("Invalid cron expression in " + jobConfig.getSchedule());
        }
        jobs.put(jobId, jobConfig);
    }

    /** Quartz cron: six or seven fields. */
    private static boolean validCron(JobConfig config) {
        String text = config.getSchedule().toString();
        int start = text.indexOf("cron=") + 5;
        int end = text.indexOf(",timeZone=");
        String cron = start < 5 || end < start ? "" : text.substring(start, end).trim();
        int fields = cron.isEmpty() ? 0 : cron.split("\\s+").length;
        return fields == 6 || fields == 7;
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
    }

    @Override
    public JobDetails getJobDetails(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        return config == null ? null : new Details(jobId, config);
    }

    /** Runs every scheduled job that has a runner on this node, now ("Run now"); the responses by job id. */
    Map<JobId, JobRunnerResponse> runScheduledJobs() {
        return runScheduledJobs(clock.instant());
    }

    /**
     * This node's scheduler waking for the jobs due at {@code due}: a RUN_ONCE_PER_CLUSTER job runs here only if no
     * node is running it and no node has run it for this due time or a later one (both decided in the database).
     */
    Map<JobId, JobRunnerResponse> runScheduledJobs(java.time.Instant due) {
        Map<JobId, JobRunnerResponse> responses = new LinkedHashMap<>();
        jobs.forEach((id, config) -> {
            JobRunner runner = runners.get(config.getJobRunnerKey());
            boolean once = config.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER;
            if (runner == null || (once && !claim(id))) {
                return;
            }
            if (once && !firstFor(id, due)) {
                release(id);
                return;
            }
            try {
                Date start = Date.from(clock.instant());
                responses.put(id, runner.runJob(new Request(start, id, config)));
            } finally {
                if (once) {
                    release(id);
                }
            }
        });
        return responses;
    }

    /** Takes the job's cluster claim: true when this node got it (inserted, or took over a stale one). */
    private boolean claim(JobId id) {
        String name = CLAIM + id;
        String text = node + " " + clock.instant();
        try {
            HostPeople.sql(() -> host.entityManager()
                    .create(SandboxSettingEntity.class, new DBParam("NAME", name), new DBParam("TEXT", text)));
            return true;
        } catch (RuntimeException taken) {
            SandboxSettingEntity[] rows = HostPeople.sql(() -> host.entityManager()
                    .find(SandboxSettingEntity.class, Query.select().where("NAME = ?", name)));
            if (rows.length == 1
                    && claimedAt(rows[0].getText()).plus(STALE_CLAIM).isBefore(clock.instant())) {
                int updated = HostPeople.sql(() -> host.entityManager()
                        .deleteWithSQL(SandboxSettingEntity.class, "NAME = ? AND TEXT = ?", name, rows[0].getText()));
                return updated == 1 && claim(id);
            }
            return false;
        }
    }

    /** Records {@code due} as the job's last due time if it is later than the recorded one: true for the one node that did. */
    private boolean firstFor(JobId id, java.time.Instant due) {
        String name = DUE + id;
        String text = String.format("%020d", due.toEpochMilli());
        SandboxSettingEntity[] rows = HostPeople.sql(() -> host.entityManager()
                .find(SandboxSettingEntity.class, Query.select().where("NAME = ?", name)));
        if (rows.length == 1) {
            String last = rows[0].getText();
            // compare-and-delete: of the nodes that read the same last due time, one deletes it
            if (last.compareTo(text) >= 0
                    || HostPeople.sql(() -> host.entityManager()
                                    .deleteWithSQL(SandboxSettingEntity.class, "NAME = ? AND TEXT = ?", name, last))
                            != 1) {
                return false;
            }
        }
        try {
            HostPeople.sql(() -> host.entityManager()
                    .create(SandboxSettingEntity.class, new DBParam("NAME", name), new DBParam("TEXT", text)));
            return true;
        } catch (RuntimeException taken) {
            return false;
        }
    }

    private void release(JobId id) {
        HostPeople.sql(() -> host.entityManager()
                .deleteWithSQL(SandboxSettingEntity.class, "NAME = ? AND TEXT LIKE ?", CLAIM + id, node + " %"));
    }

    private static java.time.Instant claimedAt(String text) {
        try {
            return java.time.Instant.parse(text.substring(text.indexOf(' ') + 1));
        } catch (RuntimeException e) {
            return java.time.Instant.EPOCH;
        }
    }

    private record Request(Date getStartTime, JobId getJobId, JobConfig getJobConfig) implements JobRunnerRequest {
        @Override
        public boolean isCancellationRequested() {
            return false;
        }
    }

    private record Details(JobId getJobId, JobConfig config) implements JobDetails {
        @Override
        public JobRunnerKey getJobRunnerKey() {
            return config.getJobRunnerKey();
        }

        @Override
        public Schedule getSchedule() {
            return config.getSchedule();
        }

        @Override
        public Date getNextRunTime() {
            return null;
        }
    }
}
