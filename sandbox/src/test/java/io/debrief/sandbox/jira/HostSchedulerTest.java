package io.debrief.sandbox.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.debrief.sandbox.SandboxClock;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxFixture;
import io.debrief.sandbox.SandboxServer;
import io.debrief.sandbox.SandboxSettingEntity;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two scheduler "nodes" on one sandbox database, as two Jira nodes share one: a job scheduled to run once per cluster
 * never runs on both at the same time; a node-local job runs on each.
 */
class HostSchedulerTest {

    @TempDir
    static Path dbDir;

    static SandboxServer server;
    static SandboxContext host;
    static int counter;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxFixture.start(dbDir, false);
        host = server.context();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_run_once_per_cluster_job_runs_on_one_node_while_the_other_holds_its_claim() throws Exception {
        // given two nodes with the same job, the first one busy running it
        JobId job = JobId.of("job-" + (++counter));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        HostScheduler first = node("first", job, RunMode.RUN_ONCE_PER_CLUSTER, () -> {
            runs.incrementAndGet();
            running.countDown();
            await(finish);
        });
        HostScheduler second = node("second", job, RunMode.RUN_ONCE_PER_CLUSTER, runs::incrementAndGet);
        CompletableFuture<Map<JobId, JobRunnerResponse>> onFirst =
                CompletableFuture.supplyAsync(first::runScheduledJobs);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        // when the second node runs its jobs meanwhile
        Map<JobId, JobRunnerResponse> onSecond = second.runScheduledJobs();

        // then it skipped the job; once the first is done, the claim is free again
        assertThat(onSecond).doesNotContainKey(job);
        finish.countDown();
        assertThat(onFirst.get(10, TimeUnit.SECONDS)).containsKey(job);
        assertThat(second.runScheduledJobs()).containsKey(job);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_claim_left_by_a_node_that_died_is_taken_over_after_an_hour() {
        JobId job = JobId.of("job-" + (++counter));
        AtomicInteger runs = new AtomicInteger();
        HostScheduler survivor = node("survivor", job, RunMode.RUN_ONCE_PER_CLUSTER, runs::incrementAndGet);
        // a node died while running the job: its claim stays behind
        HostPeople.sql(() -> host.entityManager()
                .create(
                        SandboxSettingEntity.class,
                        new DBParam("NAME", "scheduler.claim." + job),
                        new DBParam("TEXT", "dead " + host.clock().instant())));

        assertThat(survivor.runScheduledJobs()).doesNotContainKey(job);
        ((SandboxClock) host.clock()).advance(1);

        assertThat(survivor.runScheduledJobs()).containsKey(job);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_run_once_per_cluster_job_runs_on_exactly_one_node_per_due_time() throws Exception {
        JobId job = JobId.of("job-" + (++counter));
        AtomicInteger runs = new AtomicInteger();
        HostScheduler first = node("first", job, RunMode.RUN_ONCE_PER_CLUSTER, runs::incrementAndGet);
        HostScheduler second = node("second", job, RunMode.RUN_ONCE_PER_CLUSTER, runs::incrementAndGet);
        java.time.Instant six = java.time.Instant.parse("2030-01-07T06:00:00Z");

        // both nodes wake for 06:00, the second after the first has finished: only the first runs it
        assertThat(first.runScheduledJobs(six)).containsKey(job);
        assertThat(second.runScheduledJobs(six)).doesNotContainKey(job);
        assertThat(runs).hasValue(1);

        // the next day's 06:00 runs once more, on whichever node wakes first
        assertThat(second.runScheduledJobs(six.plus(java.time.Duration.ofDays(1))))
                .containsKey(job);
        assertThat(first.runScheduledJobs(six.plus(java.time.Duration.ofDays(1))))
                .doesNotContainKey(job);
        assertThat(first.runScheduledJobs(six))
                .as("an earlier due time is over")
                .doesNotContainKey(job);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_node_local_job_runs_on_every_node() {
        JobId job = JobId.of("job-" + (++counter));
        AtomicInteger runs = new AtomicInteger();
        node("one", job, RunMode.RUN_LOCALLY, runs::incrementAndGet).runScheduledJobs();
        node("two", job, RunMode.RUN_LOCALLY, runs::incrementAndGet).runScheduledJobs();

        assertThat(runs).hasValue(2);
    }

    private static HostScheduler node(String name, JobId job, RunMode mode, Runnable work) {
        HostScheduler node = new HostScheduler(host.clock(), host, name);
        JobRunnerKey key = JobRunnerKey.of(job + "-runner");
        node.registerJobRunner(key, request -> {
            work.run();
            return JobRunnerResponse.success();
        });
        try {
            node.scheduleJob(
                    job,
                    JobConfig.forJobRunnerKey(key)
                            .withRunMode(mode)
                            .withSchedule(Schedule.forCronExpression("0 0 6 * * ?")));
        } catch (com.atlassian.scheduler.SchedulerServiceException e) {
            throw new IllegalStateException(e);
        }
        return node;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
