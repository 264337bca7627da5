package io.debrief.plugin.checkpoint;

import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /admin/job-runs: the checkpoint job's last reports, for administrators only. */
class JobRunsResourceTest {

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(JobRunsResource.class);

    @Test
    void an_administrator_sees_the_runs_newest_first_with_failures() {
        // given
        world.jobRuns.record(
                new JobRunReport(2, 0, 1, List.of(), Duration.ofMillis(40)), Instant.parse("2026-03-19T06:00:00Z"));
        world.jobRuns.record(
                new JobRunReport(
                        0,
                        1,
                        0,
                        List.of(new JobRunReport.Failure(INCIDENT, "IllegalStateException: tracker refused")),
                        Duration.ofMillis(1500)),
                Instant.parse("2026-03-20T06:00:00Z"));

        // when
        JsonNode runs = rest.as(admin()).get("/admin/job-runs").json().path("runs");

        // then
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).path("finishedAt").asText()).isEqualTo("2026-03-20T06:00:00Z");
        assertThat(runs.get(0).path("repaired").asInt()).isEqualTo(1);
        assertThat(runs.get(0).path("tookMillis").asLong()).isEqualTo(1500);
        assertThat(runs.get(0).path("failed").get(0).path("incident").asText()).isEqualTo("INC-12");
        assertThat(runs.get(0).path("failed").get(0).path("reason").asText()).contains("tracker refused");
        assertThat(runs.get(1).path("opened").asInt()).isEqualTo(2);
        assertThat(runs.get(1).path("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void the_limit_is_respected() {
        world.jobRuns.record(
                new JobRunReport(0, 0, 0, List.of(), Duration.ZERO), Instant.parse("2026-03-19T06:00:00Z"));
        world.jobRuns.record(
                new JobRunReport(0, 0, 0, List.of(), Duration.ZERO), Instant.parse("2026-03-20T06:00:00Z"));

        assertThat(rest.as(admin()).get("/admin/job-runs?limit=1").json().path("runs"))
                .hasSize(1);
    }

    @Test
    void no_runs_yet_is_an_empty_list() {
        assertThat(rest.as(admin()).get("/admin/job-runs").json().path("runs")).isEmpty();
    }

    @Test
    void anonymous_gets_401_and_other_users_403() {
        assertThat(rest.as(anonymous()).get("/admin/job-runs").status()).isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/admin/job-runs").status()).isEqualTo(403);
    }

    @Test
    void a_limit_that_is_not_a_whole_number_is_a_400_naming_it_after_the_access_guards() {
        assertThat(rest.as(admin()).get("/admin/job-runs?limit=abc").fieldErrors())
                .containsKey("limit");
        assertThat(rest.as(admin()).get("/admin/job-runs?limit=0").status()).isEqualTo(400);
        assertThat(rest.as(admin()).get("/admin/job-runs?limit=1.5").status()).isEqualTo(400);
        assertThat(rest.as(admin()).get("/admin/job-runs?limit=500").status()).isEqualTo(200);
        assertThat(rest.as(anonymous()).get("/admin/job-runs?limit=abc").status())
                .isEqualTo(401);
        assertThat(rest.as(editor("alice")).get("/admin/job-runs?limit=abc").status())
                .isEqualTo(403);
    }
}
