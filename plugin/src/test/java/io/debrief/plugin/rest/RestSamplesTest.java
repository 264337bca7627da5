package io.debrief.plugin.rest;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.plugin.web.testkit.FollowupWorld.ALICE;
import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.IncidentFixtures;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.actionitem.ActionItemsResource;
import io.debrief.plugin.checkpoint.CheckpointsResource;
import io.debrief.plugin.review.ReviewResource;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.InMemoryDebriefWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers the browser code is tested with (src/test/js reads src/test/resources/rest-samples/*.json) are the
 * answers these REST calls give: each sample is checked equal, as JSON, to what the resource answers now, so the JS
 * tests and the REST resources cannot drift apart. After a deliberate change of an answer, rewrite the samples with
 * {@code -Ddebrief.rest.samples.write=true} and let the JS tests show what the change means for the pages.
 */
class RestSamplesTest {

    private static final Path SAMPLES =
            Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/rest-samples");
    private static final boolean WRITE = Boolean.getBoolean("debrief.rest.samples.write");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant HELD = Instant.parse("2026-03-01T09:00:00Z");

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(ActionItemsResource.class, CheckpointsResource.class);
    private final TrackedIssue alerting = anActionItem()
            .ref(new IssueRef(5001, "OPS-5001", "OPS"))
            .of(INCIDENT)
            .summary("Alert on queue depth")
            .createdAt(Instant.parse("2026-03-10T09:00:00Z"))
            .build();
    private final TrackedIssue runbook = anActionItem()
            .ref(new IssueRef(5002, "OPS-5002", "OPS"))
            .of(INCIDENT)
            .summary("Write the runbook")
            .createdAt(Instant.parse("2026-03-17T09:00:00Z"))
            .due(LocalDate.parse("2026-04-01"))
            .build();

    private void givenTwoItemsAndCheckpointOneOpened() {
        world.tracker.given(alerting, runbook);
        world.held.held(INCIDENT, HELD, ALICE);
        world.checkpoints.claim(INCIDENT, 1, HELD.plusSeconds(14 * 86_400), HELD.plusSeconds(14 * 86_400));
        world.checkpoints.markOpened(INCIDENT, 1, new IssueRef(7001, "INC-99", "INC"));
    }

    private static void sample(String name, Reply reply) throws IOException {
        Path file = SAMPLES.resolve(name + ".json");
        JsonNode answer = reply.json();
        if (WRITE) {
            Files.createDirectories(SAMPLES);
            Files.writeString(
                    file,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("sample %s (write it with -Ddebrief.rest.samples.write=true)", name)
                .exists();
        assertThat(JSON.readTree(file.toFile()))
                .as("sample %s is what the resource answers", name)
                .isEqualTo(answer);
    }

    @Test
    void the_incidents_action_items() throws IOException {
        givenTwoItemsAndCheckpointOneOpened();

        Reply reply = rest.as(editor("alice")).get("/incidents/INC-12/action-items");

        assertThat(reply.status()).isEqualTo(200);
        sample("action-items", reply);
    }

    @Test
    void an_action_item_made_from_the_debrief() throws IOException {
        Reply reply = rest.as(editor("alice"))
                .post(
                        "/incidents/INC-12/action-items",
                        RestTestHarness.json(Map.of("summary", "Page the on-call sooner", "category", "detect")));

        assertThat(reply.status()).isEqualTo(201);
        sample("action-item-created", reply);
    }

    @Test
    void a_checkpoint_closed_with_a_re_plan_and_a_drop() throws IOException {
        givenTwoItemsAndCheckpointOneOpened();

        Reply reply = rest.as(editor("alice"))
                .post(
                        "/incidents/INC-12/checkpoints/1/outcomes",
                        RestTestHarness.json(Map.of(
                                "outcomes",
                                List.of(
                                        Map.of("item", alerting.key(), "outcome", "replanned", "due", "2026-04-30"),
                                        Map.of(
                                                "item",
                                                runbook.key(),
                                                "outcome",
                                                "dropped",
                                                "reason",
                                                "The service is retired")))));

        assertThat(reply.status()).isEqualTo(200);
        sample("checkpoint-closed", reply);
    }

    @Test
    void the_items_after_that_checkpoint() throws IOException {
        givenTwoItemsAndCheckpointOneOpened();
        rest.as(editor("alice"))
                .post(
                        "/incidents/INC-12/checkpoints/1/outcomes",
                        RestTestHarness.json(Map.of(
                                "outcomes",
                                List.of(
                                        Map.of("item", alerting.key(), "outcome", "replanned", "due", "2026-04-30"),
                                        Map.of(
                                                "item",
                                                runbook.key(),
                                                "outcome",
                                                "dropped",
                                                "reason",
                                                "The service is retired")))));

        Reply reply = rest.as(editor("alice")).get("/incidents/INC-12/action-items");

        assertThat(reply.status()).isEqualTo(200);
        sample("action-items-after-checkpoint", reply);
    }

    /** The repeat loop's answer once the incident is linked as a repeat of an earlier one with an open item. */
    @Test
    void an_incident_linked_as_a_repeat() throws IOException {
        IssueRef earlier = new IssueRef(999, "INC-5", "INC");
        world.incidents.with(IncidentFixtures.anIncident()
                .id(earlier.id())
                .key(earlier.key())
                .created(Instant.parse("2026-01-20T10:00:00Z"))
                .build());
        world.tracker.given(anActionItem()
                .ref(new IssueRef(5005, "INC-5005", "INC"))
                .of(earlier)
                .summary("Alert on disk full")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build());
        RestTestHarness repeats = world.rest(io.debrief.plugin.actionitem.RepeatResource.class);

        Reply reply = repeats.as(editor("alice"))
                .post("/incidents/INC-12/repeat-of", RestTestHarness.json(Map.of("earlier", "INC-5")));

        assertThat(reply.status()).isEqualTo(200);
        sample("repeat-linked", reply);
    }

    /** The monthly review's answers: a page of items (one decided on before), the trends, a decision and its history. */
    @Test
    void the_monthly_review() throws IOException {
        InMemoryDebriefWorld review = new InMemoryDebriefWorld("2026-03-20T10:00:00Z");
        RestTestHarness reviewRest = RestTestHarness.with(ReviewResource.class)
                .bind(DebriefApplication.class, review.app())
                .start();
        TrackedIssue old = anActionItem()
                .ref(new IssueRef(6001, "OPS-6001", "OPS"))
                .createdAt(Instant.parse("2026-02-08T10:00:00Z"))
                .due(LocalDate.parse("2026-03-01"))
                .summary("Alert on queue depth")
                .build();
        TrackedIssue recent = anActionItem()
                .ref(new IssueRef(6002, "OPS-6002", "OPS"))
                .createdAt(Instant.parse("2026-03-12T10:00:00Z"))
                .summary("Write the failover runbook")
                .build();
        review.tracker.given(old, recent);
        Incident held = IncidentFixtures.anIncident().id(88).key("OPS-88").build();
        review.debriefs
                .incident(held, Instant.parse("2026-03-02T08:00:00Z"), Duration.ofMinutes(2), Duration.ofMinutes(30))
                .debrief(held, DebriefFixtures.aDebrief().heldAt(Instant.parse("2026-03-03T08:00:00Z")));
        Reply decided = reviewRest
                .as(editor("alice"))
                .post(
                        "/review/items/OPS-6001/decision",
                        RestTestHarness.json(Map.of("decision", "prioritise", "version", 0)));

        Reply page = reviewRest.as(editor("alice")).get("/review");
        Reply trends = reviewRest.as(editor("alice")).get("/review/trends?months=3");
        Reply history = reviewRest.as(editor("alice")).get("/review/items/OPS-6001/decisions");

        assertThat(List.of(decided.status(), page.status(), trends.status(), history.status()))
                .containsOnly(200);
        sample("review-decided", decided);
        sample("review", page);
        sample("review-trends", trends);
        sample("review-decisions", history);
    }
}
