package io.debrief.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debrief.sandbox.jira.JiraHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two sandbox nodes on one PostgreSQL database ({@code ./dev sandbox --node 2 --db <same>}), each with its own
 * Jira host and plugin, as two Jira Data Center nodes share one database. Runs when {@code debrief.test.pg.url} is
 * set ({@code ./dev test}); without it JUnit reports it skipped with that reason.
 */
@EnabledIfSystemProperty(
        named = "debrief.test.pg.url",
        matches = "jdbc:postgresql:.+",
        disabledReason = "needs PostgreSQL: -Ddebrief.test.pg.url=jdbc:postgresql://... (./dev test sets it)")
class TwoNodesTest {

    static SandboxServer first;
    static SandboxServer second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        first = SandboxServer.start(SandboxOptions.parse(args("--reset", "--node", "1")));
        first.context().users().create("admin", "Administrator", "admin", true);
        second = SandboxServer.start(SandboxOptions.parse(args("--node", "2")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void settings_saved_through_one_node_are_in_force_on_the_other() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode settings = (ObjectNode) json.readTree(
                SandboxHttp.as(first, "admin").get("/rest/debrief/1.0/settings").body());
        String label = "postmortem-" + System.nanoTime() % 100000;
        settings.put("label", label);

        var put = SandboxHttp.as(first, "admin").putJson("/rest/debrief/1.0/settings", settings.toString());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json.readTree(SandboxHttp.as(second, "admin")
                                .get("/rest/debrief/1.0/settings")
                                .body())
                        .path("label")
                        .asText())
                .isEqualTo(label);
    }

    @Test
    void a_run_once_per_cluster_job_does_not_run_on_the_second_node_while_the_first_runs_it() throws Exception {
        // given the same job on both nodes, the first node busy running it
        JobId job = JobId.of("two-nodes-" + System.nanoTime());
        JobRunnerKey key = JobRunnerKey.of("two-nodes-runner");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        schedule(first, job, key, () -> {
            runs.incrementAndGet();
            running.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        schedule(second, job, key, runs::incrementAndGet);
        JiraHost firstHost = first.bound(JiraHost.class).orElseThrow();
        JiraHost secondHost = second.bound(JiraHost.class).orElseThrow();
        CompletableFuture<Map<JobId, JobRunnerResponse>> onFirst =
                CompletableFuture.supplyAsync(firstHost::runScheduledJobs);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        // when the second node runs its jobs meanwhile, on its own connection to the same database
        Map<JobId, JobRunnerResponse> onSecond = secondHost.runScheduledJobs();

        // then it skipped the job; once the first is done the claim is free, and the next run may go to either
        assertThat(onSecond).doesNotContainKey(job);
        finish.countDown();
        assertThat(onFirst.get(10, TimeUnit.SECONDS)).containsKey(job);
        assertThat(secondHost.runScheduledJobs()).containsKey(job);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_run_once_per_cluster_job_runs_on_exactly_one_node_per_due_time() throws Exception {
        // given the same job on both nodes
        JobId job = JobId.of("two-nodes-due-" + System.nanoTime());
        JobRunnerKey key = JobRunnerKey.of("two-nodes-due-runner");
        AtomicInteger runs = new AtomicInteger();
        schedule(first, job, key, runs::incrementAndGet);
        schedule(second, job, key, runs::incrementAndGet);
        JiraHost firstHost = first.bound(JiraHost.class).orElseThrow();
        JiraHost secondHost = second.bound(JiraHost.class).orElseThrow();
        java.time.Instant six = java.time.Instant.parse("2030-01-07T06:00:00Z");

        for (int day = 0; day < 5; day++) {
            // when both nodes' schedulers wake for the same due time at the same moment
            java.time.Instant due = six.plus(java.time.Duration.ofDays(day));
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Map<JobId, JobRunnerResponse>> onFirst = CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return firstHost.runScheduledJobs(due);
            });
            CompletableFuture<Map<JobId, JobRunnerResponse>> onSecond = CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return secondHost.runScheduledJobs(due);
            });
            go.countDown();

            // then exactly one of them ran it, and again for the next due time
            boolean ranOnFirst = onFirst.get(20, TimeUnit.SECONDS).containsKey(job);
            boolean ranOnSecond = onSecond.get(20, TimeUnit.SECONDS).containsKey(job);
            assertThat(ranOnFirst ^ ranOnSecond)
                    .as("day %d: on first %s, on second %s", day, ranOnFirst, ranOnSecond)
                    .isTrue();
            assertThat(runs).hasValue(day + 1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void schedule(SandboxServer node, JobId job, JobRunnerKey key, Runnable work) throws Exception {
        SchedulerService scheduler = node.bound(JiraHost.class).orElseThrow().component(SchedulerService.class);
        scheduler.registerJobRunner(key, request -> {
            work.run();
            return JobRunnerResponse.success();
        });
        scheduler.scheduleJob(
                job,
                JobConfig.forJobRunnerKey(key)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forCronExpression("0 0 6 * * ?")));
    }

    private static List<String> args(String... more) {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--db", System.getProperty("debrief.test.pg.url")));
        String user = System.getProperty("debrief.test.pg.user", "");
        if (!user.isBlank()) {
            args.addAll(
                    List.of("--db-user", user, "--db-password", System.getProperty("debrief.test.pg.password", "")));
        }
        args.addAll(List.of(more));
        return args;
    }
}
