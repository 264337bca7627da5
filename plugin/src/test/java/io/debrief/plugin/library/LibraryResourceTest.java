package io.debrief.plugin.library;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.PublishedRecord;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Severity;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.plugin.web.testkit.InMemoryDebriefWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryResourceTest {

    private static final Instant STARTED = Instant.parse("2026-11-02T08:00:00Z");

    private final InMemoryDebriefWorld world = new InMemoryDebriefWorld("2026-11-24T10:00:00Z");
    private final RestTestHarness rest =
            RestTestHarness.with(LibraryResource.class).bindInPorts(world.app()).start();

    private Incident published(long id, String key, Severity severity, String summary, String publishedAt) {
        Incident incident =
                anIncident().id(id).key(key).severity(severity).summary(summary).build();
        world.debriefs
                .incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(45))
                .debrief(
                        incident,
                        aDebrief().heldAt(STARTED.plus(Duration.ofDays(1))).publishedAt(Instant.parse(publishedAt)));
        return incident;
    }

    private Incident ops;

    @BeforeEach
    void seed() {
        ops = published(1, "OPS-1", Severity.SEV2, "Checkout returns 502", "2026-11-05T09:00:00Z");
        published(2, "PAY-2", Severity.SEV1, "Card payments declined", "2026-11-06T09:00:00Z");
        published(3, "OPS-3", Severity.SEV3, "Search slow", "2026-10-06T09:00:00Z");
        world.tracker.given(
                anActionItem().of(ops.ref()).build(),
                anActionItem()
                        .of(ops.ref())
                        .resolvedAt(Instant.parse("2026-11-10T09:00:00Z"))
                        .build());
        Incident held =
                anIncident().id(4).key("OPS-4").summary("Not yet published").build();
        world.debriefs
                .incident(held, STARTED, Duration.ofMinutes(1), Duration.ofMinutes(10))
                .debrief(held, aDebrief());
    }

    private static List<String> keys(Reply reply) {
        List<String> keys = new ArrayList<>();
        reply.json().path("items").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    @Test
    void anonymous_readers_get_401() {
        assertThat(rest.as(anonymous()).get("/library").status()).isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/library?severity=bad").status()).isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/library/OPS-1").status()).isEqualTo(401);
    }

    @Test
    void a_browse_only_reader_sees_every_published_debrief_of_projects_they_can_browse() {
        Reply reply = rest.as(browseOnly("bob")).get("/library");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(keys(reply)).containsExactly("PAY-2", "OPS-1", "OPS-3");
        JsonNode row = reply.json().path("items").get(1);
        assertThat(row.path("summary").asText()).isEqualTo("Checkout returns 502");
        assertThat(row.path("severity").asText()).isEqualTo("sev2");
        assertThat(row.path("publishedAt").asText()).isEqualTo("2026-11-05T09:00:00Z");
        assertThat(row.path("timeToDetect").path("seconds").asLong()).isEqualTo(180);
        assertThat(row.path("timeToDetect").path("targetSeconds").asLong()).isEqualTo(300);
        assertThat(row.path("timeToDetect").path("met").asBoolean()).isTrue();
        assertThat(row.path("timeToResolve").path("met").asBoolean()).isTrue();
        assertThat(row.path("actionItemsOpen").asInt()).isEqualTo(1);
        assertThat(row.path("actionItemsClosed").asInt()).isEqualTo(1);
    }

    @Test
    void a_reader_who_cannot_browse_a_project_sees_and_counts_none_of_its_debriefs() {
        ScriptedViewer carol = ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowseProject("PAY");

        Reply all = rest.as(carol).get("/library");
        Reply pay = rest.as(carol).get("/library?project=PAY");
        Reply detail = rest.as(carol).get("/library/PAY-2");

        assertThat(keys(all)).containsExactly("OPS-1", "OPS-3");
        assertThat(all.json().path("total").asLong()).isEqualTo(2);
        assertThat(keys(pay)).isEmpty();
        assertThat(pay.json().path("total").asLong()).isZero();
        assertThat(detail.status()).isEqualTo(404);
    }

    @Test
    void filters_by_words_project_severity_and_month_and_pages() {
        ScriptedViewer bob = ScriptedViewer.as(BOB);

        assertThat(keys(rest.as(bob).get("/library?q=declined"))).containsExactly("PAY-2");
        assertThat(keys(rest.as(bob).get("/library?project=ops"))).containsExactly("OPS-1", "OPS-3");
        assertThat(keys(rest.as(bob).get("/library?severity=sev1"))).containsExactly("PAY-2");
        assertThat(keys(rest.as(bob).get("/library?month=2026-10"))).containsExactly("OPS-3");
        Reply second = rest.as(bob).get("/library?start=1&limit=1");
        assertThat(keys(second)).containsExactly("OPS-1");
        assertThat(second.json().path("total").asLong()).isEqualTo(3);
        assertThat(second.json().path("limit").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "severity=sev9  | severity",
                "month=2026-13  | month",
                "month=november | month",
                "month=%2B999999999-12 | month",
                "month=1900-01  | month",
                "month=-999999999-01 | month",
                "start=-1       | start",
                "limit=101      | limit"
            })
    void a_bad_parameter_is_400_naming_it(String query, String field) {
        Reply reply = rest.as(browseOnly("bob")).get("/library?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void opening_a_published_debrief_returns_it_read_only_with_answers_and_timeline() {
        Reply reply = rest.as(browseOnly("bob")).get("/library/OPS-1");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode debrief = reply.json();
        assertThat(debrief.path("key").asText()).isEqualTo("OPS-1");
        assertThat(debrief.path("analysis").asText()).isEqualTo("The retry storm was not rate limited.");
        assertThat(debrief.path("impact").path("affectedCount").asLong()).isEqualTo(1200);
        assertThat(debrief.path("answers"))
                .extracting(answer -> answer.path("question").asText())
                .containsExactly("identified-within-target", "fixed-within-target", "auto-resolved");
        assertThat(debrief.path("answers").get(0).path("answer").asText()).isEqualTo("yes");
        assertThat(debrief.path("timeline"))
                .extracting(entry -> entry.path("kind").asText())
                .containsExactly("started", "detected", "resolved");
    }

    @Test
    void an_opened_debrief_measures_every_phase_against_the_targets_kept_at_its_publication() {
        // given: a debrief judged at publication on targets of 2 and 30 minutes; the project's are 5 and 60 now
        Incident judged =
                anIncident().id(5).key("OPS-5").summary("Queue stalled").build();
        IncidentFacts facts = new IncidentFacts(
                STARTED, STARTED.plus(Duration.ofMinutes(3)), null, STARTED.plus(Duration.ofMinutes(45)));
        world.debriefs
                .incident(judged, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(45))
                .debrief(
                        judged,
                        aDebrief()
                                .heldAt(STARTED.plus(Duration.ofDays(1)))
                                .publishedAt(Instant.parse("2026-11-07T09:00:00Z"))
                                .judgedOn(new PublishedRecord(
                                        new Targets(Duration.ofMinutes(2), Duration.ofMinutes(30)),
                                        facts,
                                        List.of(),
                                        Instant.parse("2026-11-07T09:00:00Z"))));

        // when
        JsonNode debrief = rest.as(browseOnly("bob")).get("/library/OPS-5").json();

        // then: the kept targets decide, phase by phase, as the answers do
        JsonNode detect = phase(debrief, "detect");
        assertThat(detect.path("seconds").asLong()).isEqualTo(180);
        assertThat(detect.path("targetSeconds").asLong()).isEqualTo(120);
        assertThat(detect.path("result").asText()).isEqualTo("missed");
        assertThat(phase(debrief, "resolve").path("targetSeconds").asLong()).isEqualTo(1800);
        assertThat(phase(debrief, "resolve").path("result").asText()).isEqualTo("missed");
        assertThat(debrief.path("answers").get(0).path("result").asText()).isEqualTo("missed");
        assertThat(debrief.path("phases"))
                .extracting(row -> row.path("name").asText())
                .doesNotContain("")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private static JsonNode phase(JsonNode debrief, String wireName) {
        for (JsonNode row : debrief.path("phases")) {
            if (row.path("phase").asText().equals(wireName)) {
                return row;
            }
        }
        throw new AssertionError("no phase " + wireName + " in " + debrief.path("phases"));
    }

    @Test
    void an_unpublished_or_unknown_debrief_is_404() {
        assertThat(rest.as(browseOnly("bob")).get("/library/OPS-4").status()).isEqualTo(404);
        assertThat(rest.as(browseOnly("bob")).get("/library/OPS-404").status()).isEqualTo(404);
    }

    @Test
    void measures_read_as_every_screen_writes_them_with_the_one_result_vocabulary() {
        JsonNode row =
                rest.as(browseOnly("bob")).get("/library").json().path("items").get(1);

        // 3 min to detect against 5 min, 45 min to resolve against 60 min
        assertThat(row.path("timeToDetect").path("display").asText()).isEqualTo("3 min");
        assertThat(row.path("timeToDetect").path("targetDisplay").asText()).isEqualTo("5 min");
        assertThat(row.path("timeToDetect").path("result").asText()).isEqualTo("met");
        assertThat(row.path("timeToResolve").path("targetDisplay").asText()).isEqualTo("1 h");
    }

    @Test
    void an_opened_debrief_lists_the_action_items_the_reader_may_browse_and_no_other() {
        var hidden = anActionItem().of(ops.ref()).summary("Hidden fix").build();
        world.tracker.given(hidden);

        Reply all = rest.as(browseOnly("bob")).get("/library/OPS-1");
        Reply some = rest.as(ScriptedViewer.as(BOB).cannotBrowse(hidden.ref())).get("/library/OPS-1");

        assertThat(all.json().path("actionItems")).hasSize(3);
        assertThat(some.json().path("actionItems")).hasSize(2);
        some.json().path("actionItems").forEach(item -> {
            assertThat(item.path("summary").asText()).isNotEqualTo("Hidden fix");
            assertThat(item.path("status").asText()).isIn("open", "done");
        });
    }
}
