package io.debrief.plugin.incident;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.IncidentWorld.OPEN_INCIDENT;
import static io.debrief.plugin.web.testkit.IncidentWorld.OTHER_ISSUE;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.core.debrief.AutoResolved;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.TestViewer;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.testkit.IncidentWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET/PUT /incidents/{key}/debrief, hold and publish: the debrief page's data and its state machine over REST. */
class IncidentDebriefResourceTest {

    private static final String PATH = "/incidents/" + INCIDENT + "/debrief";

    private final IncidentWorld world = new IncidentWorld();
    private final RestTestHarness rest = RestTestHarness.with(IncidentDebriefResource.class)
            .bindInPorts(world.app())
            .start();

    private static String content(String analysis, Object count, String autoResolved, Integer version) {
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("affected", "Checkout customers in the EU");
        impact.put("count", count);
        impact.put("duration", "45 minutes");
        impact.put("cost", "about 3000 EUR");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("impact", impact);
        body.put("analysis", analysis);
        body.put("autoResolved", autoResolved);
        body.put("version", version);
        return RestTestHarness.json(body);
    }

    @Nested
    class Reading {

        @Test
        void theDebriefTabRendersTheVeryRecordTheRestCallAnswers() throws Exception {
            // given: a timeline with facts, so the answers have numbers, a suggestion and a target
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            // when: the REST answer and the tab's template data, for the same reader
            Reply reply = rest.as(editor("alice")).get(PATH);
            Map<String, Object> tab = world.pages(BundleMessages.discover(Locale.ENGLISH), ZoneId.of("UTC"))
                    .debriefTab(INCIDENT, editor("alice"));

            // then: same names, same values
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json()).isEqualTo(new ObjectMapper().readTree(RestTestHarness.json(tab)));
        }

        @Test
        void the_phases_table_lists_every_phase_with_its_value_or_unknown_its_definition_and_its_target() {
            // given: detected after 12 min (target 5), fixed after 45 min (target 60); a mitigate target of 30 min
            // but no mitigation recorded, no acknowledge target, no customer impact recorded
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45))
                    .targets(Targets.DEFAULT.withOptional(null, Duration.ofMinutes(30)));

            // when
            JsonNode json = rest.as(browseOnly("bob")).get(PATH).json();

            // then
            JsonNode phases = json.path("phases");
            assertThat(phases)
                    .extracting(p -> p.path("phase").asText())
                    .containsExactly("detect", "acknowledge", "mitigate", "resolve", "customer-impact");
            JsonNode detect = phases.get(0);
            assertThat(detect.path("name").asText()).isEqualTo("Time to detect");
            assertThat(detect.path("definition").asText()).isEqualTo("From the real start to detection.");
            assertThat(detect.path("seconds").asLong()).isEqualTo(720);
            assertThat(detect.path("display").asText()).isEqualTo("12 min");
            assertThat(detect.path("targetDisplay").asText()).isEqualTo("5 min");
            assertThat(detect.path("result").asText()).isEqualTo("missed");
            JsonNode acknowledge = phases.get(1);
            assertThat(acknowledge.path("status").asText()).isEqualTo("no-end");
            assertThat(acknowledge.path("seconds").isNull()).isTrue();
            assertThat(acknowledge.path("display").asText()).isEqualTo("unknown");
            assertThat(acknowledge.path("targetSeconds").isNull()).isTrue();
            assertThat(acknowledge.path("result").isNull()).isTrue();
            JsonNode mitigate = phases.get(2);
            assertThat(mitigate.path("targetDisplay").asText()).isEqualTo("30 min");
            assertThat(mitigate.path("result").asText()).isEqualTo("unknown");
            assertThat(phases.get(3).path("result").asText()).isEqualTo("met");
            assertThat(phases.get(4).path("status").asText()).isEqualTo("no-start");
            assertThat(json.path("targets").path("mitigate").asText()).isEqualTo("30 min");
            assertThat(json.path("targets").path("acknowledge").isNull()).isTrue();
            // the mitigate target asks its question; without an acknowledge target there is none
            assertThat(json.path("answers"))
                    .extracting(a -> a.path("question").asText())
                    .containsExactly(
                            "identified-within-target",
                            "mitigated-within-target",
                            "fixed-within-target",
                            "auto-resolved");
            assertThat(json.path("answers").get(1).path("reasonText").asText())
                    .isEqualTo("Cannot be answered: the timeline has no mitigation.");
        }

        @Test
        void showsPhaseDueWindowAnswersWithNumbersAndDraftedActionItems() {
            // given: detected after 12 min (target 5), fixed after 45 min (target 60), auto-resolved unanswered
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));

            // when
            JsonNode json = rest.as(browseOnly("bob")).get(PATH).json();

            // then
            assertThat(json.path("status").asText()).isEqualTo("awaiting");
            assertThat(json.path("phase").asText()).isEqualTo("due");
            assertThat(json.path("dueStart").asText()).isEqualTo("2026-03-02T10:45:00Z");
            assertThat(json.path("dueEnd").asText()).isEqualTo("2026-03-04T10:45:00Z");
            assertThat(json.path("version").asInt()).isZero();
            assertThat(json.path("canEdit").asBoolean()).isFalse();
            JsonNode identified = json.path("answers").get(0);
            assertThat(identified.path("question").asText()).isEqualTo("identified-within-target");
            assertThat(identified.path("questionText").asText()).isEqualTo("Identified within the target?");
            assertThat(identified.path("answer").asText()).isEqualTo("no");
            assertThat(identified.path("actualSeconds").asLong()).isEqualTo(720);
            assertThat(identified.path("targetSeconds").asLong()).isEqualTo(300);
            assertThat(identified.path("draft").path("category").asText()).isEqualTo("detect");
            assertThat(identified.path("draft").path("summary").asText()).startsWith("Detect this kind of problem");
            assertThat(json.path("answers").get(1).path("answer").asText()).isEqualTo("yes");
            assertThat(json.path("answers").get(1).path("draft").isNull()).isTrue();
            assertThat(json.path("answers").get(2).path("answer").asText()).isEqualTo("unknown");
            assertThat(json.path("answers").get(2).path("summary").asText()).isEqualTo("Not answered yet.");
        }

        @Test
        void flagsBlameWordingPerField() {
            // given
            world.written("The deploy failed because of human error.", AutoResolved.NO);

            // when
            JsonNode lint = rest.as(editor("alice")).get(PATH).json().path("lint");

            // then
            assertThat(lint.path("analysis")).hasSize(1);
            assertThat(lint.path("analysis").get(0).path("match").asText()).isEqualTo("human error");
            assertThat(lint.path("analysis").get(0).path("family").asText()).isEqualTo("actor");
            assertThat(lint.path("analysis").get(0).path("reason").asText()).contains("ends the analysis");
            assertThat(lint.path("analysis").get(0).path("rewrite").asText())
                    .startsWith("Name the step that went wrong");
            assertThat(lint.path("affected")).isEmpty();
        }

        @Test
        void refusesAnonymousNonBrowsersAndNonIncidents() {
            assertThat(rest.as(anonymous()).get(PATH).status()).isEqualTo(401);
            assertThat(rest.as(TestViewer.aViewer("carol").withoutBrowse())
                            .get(PATH)
                            .status())
                    .isEqualTo(404);
            assertThat(rest.as(editor("alice"))
                            .get("/incidents/" + OTHER_ISSUE + "/debrief")
                            .status())
                    .isEqualTo(409);
        }
    }

    @Nested
    class Writing {

        @Test
        void anEditorSavesImpactAnalysisAndAutoResolved() {
            // when
            Reply reply =
                    rest.as(editor("alice")).put(PATH, content("A config change skipped the canary.", 1200, "no", 0));

            // then
            assertThat(reply.status()).isEqualTo(200);
            JsonNode json = reply.json();
            assertThat(json.path("version").asInt()).isEqualTo(1);
            assertThat(json.path("impact").path("count").asLong()).isEqualTo(1200);
            assertThat(json.path("impact").path("affected").asText()).isEqualTo("Checkout customers in the EU");
            assertThat(json.path("analysis").asText()).isEqualTo("A config change skipped the canary.");
            assertThat(json.path("autoResolved").asText()).isEqualTo("no");
            assertThat(json.path("answers").get(2).path("draft").path("summary").asText())
                    .isEqualTo("Automate recovery from this kind of problem");
        }

        @Test
        void refusesBadFieldsByNameAndStoresNothing() {
            assertRefused(content("x", 10, "maybe", 0), "autoResolved");
            assertRefused(content("x", "lots", "no", 0), "impact.count");
            assertRefused(content("x", -3, "no", 0), "impact.count");
            assertRefused(content("x", 10, "no", null), "version");
            // the analysis limit (64 kB) is the body limit too: a longer one is refused as the body
            assertRefused(content("a".repeat(64 * 1024), 10, "no", 0), "body");
        }

        private void assertRefused(String body, String field) {
            Reply reply = rest.as(editor("alice")).put(PATH, body);

            assertThat(reply.status()).as(field).isEqualTo(400);
            assertThat(reply.fieldErrors()).as(field).containsKey(field);
            assertThat(world.writes()).isZero();
        }

        @Test
        void aStaleVersionIsAConflictWithTheReloadHint() {
            // given
            world.written("First analysis", AutoResolved.UNANSWERED);
            int before = world.writes();

            // when
            Reply reply = rest.as(editor("alice")).put(PATH, content("Mine", null, "yes", 0));

            // then
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.message()).contains("Reload");
            assertThat(world.writes()).isEqualTo(before);
        }

        @Test
        void readersAndAnonymousMayNotWrite() {
            assertThat(rest.as(browseOnly("bob"))
                            .put(PATH, content("x", null, "maybe", 0))
                            .status())
                    .isEqualTo(403);
            assertThat(rest.as(anonymous())
                            .put(PATH, content("x", null, "no", 0))
                            .status())
                    .isEqualTo(401);
            assertThat(rest.as(browseOnly("bob"))
                            .post(PATH + "/hold", "{\"version\":0}")
                            .status())
                    .isEqualTo(403);
            assertThat(world.writes()).isZero();
        }
    }

    @Nested
    class HoldingAndPublishing {

        @Test
        void holdThenPublishMakesItReadOnlyForEveryone() {
            // given
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30))
                    .written("A config change skipped the canary.", AutoResolved.YES);

            // when
            Reply held = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":1}");
            Reply published = rest.post(PATH + "/publish", "{\"version\":2}");

            // then
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.json().path("status").asText()).isEqualTo("held");
            assertThat(published.json().path("status").asText()).isEqualTo("published");
            assertThat(published.json().path("readOnly").asBoolean()).isTrue();
            assertThat(published.json().path("canEdit").asBoolean()).isFalse();
            assertThat(published.json().path("publishedAt").asText()).isEqualTo(IncidentWorld.NOW.toString());
        }

        @Test
        void aPublishedDebriefRefusesEveryWrite() {
            // given
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).published();
            int before = world.writes();

            // when / then
            assertThat(rest.as(editor("alice"))
                            .put(PATH, content("x", null, "no", 3))
                            .status())
                    .isEqualTo(409);
            assertThat(rest.post(PATH + "/hold", "{\"version\":3}").status()).isEqualTo(409);
            assertThat(rest.post(PATH + "/publish", "{\"version\":3}").status()).isEqualTo(409);
            assertThat(world.writes()).isEqualTo(before);
        }

        @Test
        void holdingNeedsAResolvedIncidentAndAnAnalysisAndPublishingNeedsHolding() {
            // given: nothing written yet
            Reply noAnalysis = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":0}");
            Reply notHeld = rest.post(PATH + "/publish", "{\"version\":0}");
            Reply unresolved = rest.post("/incidents/" + OPEN_INCIDENT + "/debrief/hold", "{\"version\":0}");
            Reply noVersion = rest.post(PATH + "/hold", "{}");

            // then
            assertThat(noAnalysis.status()).isEqualTo(409);
            assertThat(noAnalysis.message()).isEqualTo("Write the analysis before holding the debrief.");
            assertThat(notHeld.message()).isEqualTo("Hold the debrief before publishing it.");
            assertThat(unresolved.status()).isEqualTo(409);
            assertThat(noVersion.status()).isEqualTo(400);
            assertThat(noVersion.fieldErrors()).containsKey("version");
            assertThat(world.writes()).isZero();
        }

        @Test
        void aTimelineOutOfOrderIsHeldOnlyWithAReasonWhichTheDebriefKeeps() {
            // given: detected (by the timeline) before the problem started
            world.timeline(Duration.ofMinutes(-4), Duration.ofMinutes(30))
                    .written("The pager host's clock was fast.", AutoResolved.NO);

            // when
            Reply refused = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":1}");
            Reply tooLong =
                    rest.post(PATH + "/hold", RestTestHarness.json(Map.of("version", 1, "override", "x".repeat(1001))));
            int writesBefore = world.writes();
            Reply held = rest.post(PATH + "/hold", "{\"version\":1,\"override\":\"pager clock was 4 min fast\"}");

            // then
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("reason").asText()).isEqualTo("debrief.error.debrief.hold.out-of-order");
            assertThat(refused.message()).startsWith("The timeline is out of order");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.fieldErrors()).containsKey("override");
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.json().path("holdOverride").asText()).isEqualTo("pager clock was 4 min fast");
            assertThat(held.json().path("timelineOutOfOrder").asBoolean()).isTrue();
            assertThat(world.writes()).isEqualTo(writesBefore + 1);
        }

        @Test
        void holdingWithLintHintsNeverBlocksAndRecordsThatTheHolderSawThem() {
            // given: an analysis with two hints (hindsight, character)
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30))
                    .written("Ops should have checked the canary; a careless deploy.", AutoResolved.NO);

            // when
            Reply held = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":1,\"lintSeen\":true}");

            // then
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.json().path("status").asText()).isEqualTo("held");
            assertThat(held.json().path("holdLintSeen").asInt()).isEqualTo(2);
        }

        @Test
        void holdingWithoutSayingTheHintsWereSeenStillHoldsAndRecordsNothing() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30))
                    .written("Ops should have checked the canary.", AutoResolved.NO);

            Reply held = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":1}");

            assertThat(held.status()).isEqualTo(200);
            assertThat(held.json().path("holdLintSeen").isNull()).isTrue();
        }

        @Test
        void aLintSeenThatIsNotTrueOrFalseIsRefusedByName() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).written("Fine.", AutoResolved.NO);

            Reply refused = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":1,\"lintSeen\":\"maybe\"}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsKey("lintSeen");
        }

        @Test
        void aPublishedDebriefSaysWhichTargetsItWasJudgedAgainst() {
            // given
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).published();

            // when
            JsonNode json = rest.as(browseOnly("bob")).get(PATH).json();

            // then
            assertThat(json.path("judgedAtPublication").asBoolean()).isTrue();
            assertThat(json.path("targets").path("detect").asText()).isEqualTo("5 min");
            assertThat(json.path("targets").path("resolve").asText()).isEqualTo("1 h");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.5", "true", "\"one\"", "-1", "2147483648", "1e0"})
        void aVersionThatIsNotAWholeNumberIsRefusedByName(String version) {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).written("x", AutoResolved.NO);
            int before = world.writes();

            Reply hold = rest.as(editor("alice")).post(PATH + "/hold", "{\"version\":" + version + "}");
            Reply save = rest.put(PATH, "{\"analysis\":\"y\",\"version\":" + version + "}");

            assertThat(hold.status()).isEqualTo(400);
            assertThat(hold.fieldErrors()).containsKey("version");
            assertThat(save.status()).isEqualTo(400);
            assertThat(save.fieldErrors()).containsKey("version");
            assertThat(world.writes()).isEqualTo(before);
        }

        @Test
        void aStalePageIsRefusedWithItsReasonSoThePageCanOfferAReload() {
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).held();

            Reply stale = rest.as(editor("alice")).post(PATH + "/publish", "{\"version\":1}");

            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().path("reason").asText()).isEqualTo("debrief.error.stale");
        }
    }
}
