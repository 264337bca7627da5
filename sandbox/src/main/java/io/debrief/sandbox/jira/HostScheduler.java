package io.debrief.sandbox.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's scheduler, without a timer: runners are registered per node (in memory), schedules are kept by job id, and
 * "Run scheduled jobs now" runs every scheduled job whose runner is registered, with a {@link JobRunnerRequest} as
 * Jira's scheduler passes it. A job without a registered runner is not run (Jira reports it unavailable).
 */
final class HostScheduler implements SchedulerService {

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    HostScheduler(Clock clock) {
        this.clock = clock;
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

    /** Runs every scheduled job that has a runner on this node, now; the responses by job id. */
    Map<JobId, JobRunnerResponse> runScheduledJobs() {
        Map<JobId, JobRunnerResponse> responses = new LinkedHashMap<>();
        jobs.forEach((id, config) -> {
            JobRunner runner = runners.get(config.getJobRunnerKey());
            if (runner != null) {
                Date start = Date.from(clock.instant());
                responses.put(id, runner.runJob(new Request(start, id, config)));
            }
        });
        return responses;
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
