package io.debrief.plugin.incident;

import static io.debrief.plugin.web.testkit.IncidentWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.IncidentWorld.MISSING_ISSUE;
import static io.debrief.plugin.web.testkit.IncidentWorld.NOW;
import static io.debrief.plugin.web.testkit.IncidentWorld.OTHER_ISSUE;
import static io.debrief.plugin.web.testkit.IncidentWorld.STARTED;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.TimelineEntry;
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
import org.junit.jupiter.params.provider.CsvSource;

/** GET/POST/PUT/DELETE /incidents/{key}/timeline: the timeline with its facts, and changing manual entries. */
class IncidentTimelineResourceTest {

    private static final String PATH = "/incidents/" + INCIDENT + "/timeline";

    private final IncidentWorld world = new IncidentWorld();
    private final RestTestHarness rest = RestTestHarness.with(IncidentTimelineResource.class)
            .bindInPorts(world.app())
            .start();

    private static Map<String, Object> entry(String kind, String at, String text, String link) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("at", at);
        body.put("text", text);
        body.put("link", link);
        return body;
    }

    private static String aNote() {
        return RestTestHarness.json(entry("note", "2026-03-01T10:20:00Z", "Paged the on-call", null));
    }

    @Nested
    class Reading {

        @Test
        void theTimelineTabRendersTheVeryRecordTheRestCallAnswers() throws Exception {
            // given: a timeline with facts, a finding and a derived entry
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));
            world.derivedStatusChange(STARTED.plus(Duration.ofMinutes(20)), "Open -> In Progress", "history:7");

            // when: the REST answer and the tab's template data, for the same reader
            Reply reply = rest.as(browseOnly("bob")).get(PATH);
            Map<String, Object> tab = world.pages(BundleMessages.discover(Locale.ENGLISH), ZoneId.of("UTC"))
                    .timelineTab(INCIDENT, browseOnly("bob"));

            // then: same names, same values
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json()).isEqualTo(new ObjectMapper().readTree(RestTestHarness.json(tab)));
        }

        @Test
        void listsEntriesInOrderWithDerivedOnesMarkedAndFactsAgainstTargets() {
            // given: detected after 12 min (target 5), resolved after 45 min (target 60), one status change from Jira
            world.timeline(Duration.ofMinutes(12), Duration.ofMinutes(45));
            world.derivedStatusChange(STARTED.plus(Duration.ofMinutes(20)), "Open -> In Progress", "history:7");

            // when
            Reply reply = rest.as(browseOnly("bob")).get(PATH);

            // then
            assertThat(reply.status()).isEqualTo(200);
            JsonNode json = reply.json();
            assertThat(json.path("entries"))
                    .extracting(e -> e.path("kind").asText())
                    .containsExactly("started", "detected", "status-change", "resolved");
            JsonNode derived = json.path("entries").get(2);
            assertThat(derived.path("derived").asBoolean()).isTrue();
            assertThat(derived.path("source").asText()).isEqualTo("jira-history");
            assertThat(derived.path("sourceLabel").asText()).isEqualTo("from Jira history");
            assertThat(json.path("entries").get(0).path("at").asText()).isEqualTo("2026-03-01T10:00:00Z");
            JsonNode facts = json.path("facts");
            assertThat(facts.path("started").asText()).isEqualTo("2026-03-01T10:00:00Z");
            assertThat(facts.path("detected").asText()).isEqualTo("2026-03-01T10:12:00Z");
            assertThat(facts.path("timeToDetect").path("actualSeconds").asLong())
                    .isEqualTo(720);
            assertThat(facts.path("timeToDetect").path("targetSeconds").asLong())
                    .isEqualTo(300);
            assertThat(facts.path("timeToDetect").path("answer").asText()).isEqualTo("no");
            assertThat(facts.path("timeToDetect").path("summary").asText())
                    .isEqualTo("Identified in 12 min, target 5 min.");
            assertThat(facts.path("timeToDetect").path("result").asText()).isEqualTo("missed");
            assertThat(facts.path("timeToDetect").path("answerText").asText()).isEqualTo("Over target");
            assertThat(facts.path("timeToResolve").path("answer").asText()).isEqualTo("yes");
            assertThat(json.path("canEdit").asBoolean()).isFalse();
        }

        @Test
        void reportsMissingFactsAsLocalizedFindings() {
            // given: only a note, the tracker resolved the incident
            world.entry(EntryKind.NOTE, STARTED, "Something looked odd");

            // when
            JsonNode json = rest.as(editor("alice")).get(PATH).json();

            // then
            assertThat(json.path("findings"))
                    .extracting(f -> f.path("kind").asText())
                    .contains("missing-start", "missing-detection");
            assertThat(json.path("findings").get(0).path("text").asText()).contains("no \"started\" entry");
            assertThat(json.path("facts").path("timeToDetect").path("answer").asText())
                    .isEqualTo("unknown");
        }

        @Test
        void editorsMayAskForDeletedEntriesReadersMayNot() {
            // given
            world.deletedEntry(STARTED, "Wrong guess");

            // when / then
            assertThat(rest.as(editor("alice")).get(PATH).json().path("entries"))
                    .hasSize(0);
            Reply withDeleted = rest.as(editor("alice")).get(PATH + "?includeDeleted=true");
            assertThat(withDeleted.json().path("entries").get(0).path("deleted").asBoolean())
                    .isTrue();
            assertThat(rest.as(browseOnly("bob"))
                            .get(PATH + "?includeDeleted=true")
                            .status())
                    .isEqualTo(403);
        }

        @Test
        void includeDeletedIsTrueOrFalseAndAnythingElseIsA400NamingIt() {
            assertThat(rest.as(editor("alice"))
                            .get(PATH + "?includeDeleted=yes")
                            .fieldErrors())
                    .containsKey("includeDeleted");
            assertThat(rest.as(editor("alice"))
                            .get(PATH + "?includeDeleted=FALSE")
                            .status())
                    .isEqualTo(200);
            assertThat(rest.as(anonymous()).get(PATH + "?includeDeleted=yes").status())
                    .isEqualTo(401);
            assertThat(rest.as(TestViewer.aViewer("carol").withoutBrowse())
                            .get(PATH + "?includeDeleted=yes")
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void refusesAnonymousNonBrowsersNonIncidentsAndUnknownIssues() {
            assertThat(rest.as(anonymous()).get(PATH).status()).isEqualTo(401);
            assertThat(rest.as(TestViewer.aViewer("carol").withoutBrowse())
                            .get(PATH)
                            .status())
                    .isEqualTo(404);
            assertThat(rest.as(editor("alice"))
                            .get("/incidents/" + MISSING_ISSUE + "/timeline")
                            .status())
                    .isEqualTo(404);
            assertThat(rest.as(editor("alice"))
                            .get("/incidents/" + OTHER_ISSUE + "/timeline")
                            .status())
                    .isEqualTo(409);
        }
    }

    @Nested
    class Adding {

        @Test
        void anEditorAddsAnEntryAndGetsItBackWith201() {
            // when
            Reply reply = rest.as(editor("alice"))
                    .post(
                            PATH,
                            RestTestHarness.json(entry(
                                    "detected", "2026-03-01T10:12:00Z", "Alert fired", "https://grafana.example/d/1")));

            // then
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.json().path("kind").asText()).isEqualTo("detected");
            assertThat(reply.json().path("at").asText()).isEqualTo("2026-03-01T10:12:00Z");
            assertThat(reply.json().path("link").asText()).isEqualTo("https://grafana.example/d/1");
            assertThat(reply.json().path("version").asInt()).isEqualTo(1);
            assertThat(world.timelineStore().entries(world.incident().id(), false))
                    .hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({
            "2026-03-01T10:12Z, 2026-03-01T10:12:00Z",
            "2026-03-01T11:12+01:00, 2026-03-01T10:12:00Z",
            "2026-03-01T10:12:00.5Z, 2026-03-01T10:12:00.500Z"
        })
        void anInstantMayLeaveOutSecondsAndGiveAnOffset(String given, String stored) {
            Reply reply =
                    rest.as(editor("alice")).post(PATH, RestTestHarness.json(entry("detected", given, "Alert", null)));

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.json().path("at").asText())
                    .isEqualTo(java.time.Instant.parse(stored).toString());
        }

        @Test
        void aLinkThatWouldShowReversedIsRefused() {
            assertRefused(
                    entry("note", "2026-03-01T10:12:00Z", "x", "https://example.com/\u202Egnp.exe"),
                    "link",
                    "invisible characters");
        }

        @Test
        void refusesEachBadFieldByNameAndStoresNothing() {
            assertRefused(entry("note", null, "x", null), "at", "Give the moment this happened");
            assertRefused(entry("note", "yesterday at noon", "x", null), "at", "Enter a date and time like");
            assertRefused(entry("teleport", "2026-03-01T10:12:00Z", "x", null), "kind", "Choose one of: started");
            assertRefused(entry("status-change", "2026-03-01T10:12:00Z", "x", null), "kind", "comes from Jira");
            assertRefused(entry("note", "2026-03-01T10:12:00Z", "a".repeat(32 * 1024 + 1), null), "text", "too long");
            assertRefused(
                    entry("note", NOW.plus(Duration.ofHours(25)).toString(), "x", null),
                    "at",
                    "Choose a moment from 2000-01-01T00:00:00Z to");
            // years no calendar date holds are not dates at all
            assertRefused(entry("note", "-1000000000-01-01T00:00:00Z", "x", null), "at", "Enter a date and time like");
            assertRefused(entry("note", "1900-01-01T00:00:00Z", "x", null), "at", "Choose a moment from");
            assertRefused(entry("note", "+1000000000-12-31T23:59:59Z", "x", null), "at", "Enter a date and time like");
            assertRefused(entry("note", "+999999999-12-31T23:59:59Z", "x", null), "at", "Choose a moment from");
            assertRefused(
                    entry("note", "2026-03-01T10:12:00Z", "x", "javascript:alert(1)"), "link", "http:// or https://");
            assertRefused(entry("note", "2026-03-01T10:12:00Z", " ", null), "text", "Describe what happened.");
        }

        private void assertRefused(Map<String, Object> body, String field, String messagePart) {
            Reply reply = rest.as(editor("alice")).post(PATH, RestTestHarness.json(body));

            assertThat(reply.status()).as(field).isEqualTo(400);
            assertThat(reply.fieldErrors()).as(field).containsKey(field);
            assertThat(reply.fieldErrors().get(field)).contains(messagePart);
            assertThat(world.writes()).isZero();
        }

        @Test
        void refusesReadersAndAnonymousBeforeLookingAtTheirInput() {
            String badInput = RestTestHarness.json(entry("teleport", "soon", "", null));

            assertThat(rest.as(browseOnly("bob")).post(PATH, aNote()).status()).isEqualTo(403);
            assertThat(rest.as(browseOnly("bob")).post(PATH, badInput).status()).isEqualTo(403);
            assertThat(rest.as(anonymous()).post(PATH, badInput).status()).isEqualTo(401);
            assertThat(rest.as(TestViewer.aViewer("carol").withoutBrowse())
                            .post(PATH, badInput)
                            .status())
                    .isEqualTo(404);
            assertThat(rest.as(editor("alice"))
                            .post("/incidents/" + OTHER_ISSUE + "/timeline", aNote())
                            .status())
                    .isEqualTo(409);
            assertThat(world.writes()).isZero();
        }

        @Test
        void aPublishedDebriefFreezesTheTimeline() {
            // given
            world.timeline(Duration.ofMinutes(3), Duration.ofMinutes(30)).published();
            int before = world.writes();

            // when
            Reply reply = rest.as(editor("alice")).post(PATH, aNote());

            // then
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.message()).contains("published");
            assertThat(rest.delete(PATH + "/1").status()).isEqualTo(409);
            assertThat(rest.post(PATH + "/1/restore", "{}").status()).isEqualTo(409);
            assertThat(world.writes()).isEqualTo(before);
        }

        @Test
        void acceptsJsonOnly() {
            Reply forged = rest.send(
                    "POST", PATH, "kind=note".getBytes(), Map.of("Content-Type", "application/x-www-form-urlencoded"));
            Reply scripted = rest.send(
                    "POST",
                    PATH,
                    "kind=note".getBytes(),
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Atlassian-Token", "no-check"));

            assertThat(forged.status())
                    .as("a form, as another site could post it")
                    .isEqualTo(403);
            assertThat(scripted.status())
                    .as("a form from a script that passed the XSRF rule")
                    .isEqualTo(415);
        }
    }

    @Nested
    class Approximate {

        private Reply add(String kind, String at, Object approximate) {
            Map<String, Object> body = entry(kind, at, kind + " at about that time", null);
            body.put("approximate", approximate);
            return rest.as(editor("alice")).post(PATH, RestTestHarness.json(body));
        }

        @Test
        void an_entry_marked_approximate_comes_back_so_and_a_duration_built_on_it_says_about() {
            // given: an exact start, a detection "about" twelve minutes later
            assertThat(add("started", "2026-03-01T10:00:00Z", false).status()).isEqualTo(201);
            Reply detected = add("detected", "2026-03-01T10:12:00Z", true);

            // when
            JsonNode json = rest.as(browseOnly("bob")).get(PATH).json();

            // then
            assertThat(detected.status()).isEqualTo(201);
            assertThat(detected.json().path("approximate").asBoolean()).isTrue();
            assertThat(json.path("entries"))
                    .extracting(e -> e.path("approximate").asBoolean())
                    .containsExactly(false, true);
            JsonNode timeToDetect = json.path("facts").path("timeToDetect");
            assertThat(timeToDetect.path("approximate").asBoolean()).isTrue();
            assertThat(timeToDetect.path("actualDisplay").asText()).isEqualTo("about 12 min");
            assertThat(timeToDetect.path("summary").asText()).isEqualTo("Identified in about 12 min, target 5 min.");
            JsonNode detectPhase = json.path("phases").get(0);
            assertThat(detectPhase.path("display").asText()).isEqualTo("about 12 min");
            assertThat(detectPhase.path("approximate").asBoolean()).isTrue();
            assertThat(json.path("facts").path("moments"))
                    .filteredOn(m -> m.path("fact").asText().equals("detected"))
                    .extracting(m -> m.path("approximate").asBoolean())
                    .containsExactly(true);
        }

        @Test
        void an_entry_sent_without_approximate_is_exact() {
            Reply reply = rest.as(editor("alice")).post(PATH, aNote());

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.json().path("approximate").asBoolean()).isFalse();
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"roughly", "1", "yes"})
        void approximate_other_than_true_or_false_is_a_400_naming_it_and_stores_nothing(String given) {
            Reply reply = add("detected", "2026-03-01T10:12:00Z", given);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.fieldErrors()).containsKey("approximate");
            assertThat(world.writes()).isZero();
        }

        @Test
        void an_edit_may_make_an_entry_exact_and_its_earlier_content_stays_approximate() {
            // given
            long id = add("detected", "2026-03-01T10:12:00Z", true)
                    .json()
                    .path("id")
                    .asLong();
            Map<String, Object> body = entry("detected", "2026-03-01T10:12:00Z", "Alert fired at 10:12", null);
            body.put("approximate", false);
            body.put("version", 1);

            // when
            Reply reply = rest.as(editor("alice")).put(PATH + "/" + id, RestTestHarness.json(body));

            // then
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("approximate").asBoolean()).isFalse();
            JsonNode versions = rest.get(PATH + "/" + id + "/versions").json().path("versions");
            assertThat(versions.get(0).path("approximate").asBoolean()).isTrue();
        }
    }

    @Nested
    class Changing {

        @Test
        void editingWithTheCurrentVersionSavesAndKeepsTheOldContent() {
            // given
            TimelineEntry note = world.entry(EntryKind.NOTE, STARTED, "Paged on-call");
            Map<String, Object> body = entry("action", "2026-03-01T10:05:00Z", "Paged the on-call engineer", null);
            body.put("version", 1);

            // when
            Reply reply = rest.as(editor("alice")).put(PATH + "/" + note.id(), RestTestHarness.json(body));

            // then
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("version").asInt()).isEqualTo(2);
            assertThat(reply.json().path("kind").asText()).isEqualTo("action");
            JsonNode versions =
                    rest.get(PATH + "/" + note.id() + "/versions").json().path("versions");
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).path("text").asText()).isEqualTo("Paged on-call");
            assertThat(versions.get(0).path("editedBy").asText()).isEqualTo("alice");
        }

        @Test
        void aStaleVersionIsAConflictAndStoresNothing() {
            // given
            TimelineEntry note = world.entry(EntryKind.NOTE, STARTED, "Paged on-call");
            Map<String, Object> body = entry("note", "2026-03-01T10:05:00Z", "Mine", null);
            body.put("version", 7);
            int before = world.writes();

            // when
            Reply reply = rest.as(editor("alice")).put(PATH + "/" + note.id(), RestTestHarness.json(body));

            // then
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.message()).contains("Someone else changed this");
            assertThat(world.writes()).isEqualTo(before);
        }

        @Test
        void editingNeedsTheVersion() {
            TimelineEntry note = world.entry(EntryKind.NOTE, STARTED, "Paged on-call");

            Reply reply = rest.as(editor("alice"))
                    .put(
                            PATH + "/" + note.id(),
                            RestTestHarness.json(entry("note", "2026-03-01T10:05:00Z", "x", null)));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.fieldErrors()).containsKey("version");
        }

        @Test
        void deletingIsSoftAndRestorable() {
            // given
            TimelineEntry note = world.entry(EntryKind.NOTE, STARTED, "Paged on-call");

            // when
            Reply deleted = rest.as(editor("alice")).delete(PATH + "/" + note.id());
            Reply restored = rest.post(PATH + "/" + note.id() + "/restore", "{}");

            // then
            assertThat(deleted.status()).isEqualTo(200);
            assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
            assertThat(restored.json().path("deleted").asBoolean()).isFalse();
            assertThat(rest.get(PATH).json().path("entries")).hasSize(1);
        }

        @Test
        void readersMayNotDeleteAndUnknownEntriesAreNotFound() {
            TimelineEntry note = world.entry(EntryKind.NOTE, STARTED, "Paged on-call");
            int before = world.writes();

            assertThat(rest.as(browseOnly("bob")).delete(PATH + "/" + note.id()).status())
                    .isEqualTo(403);
            assertThat(rest.as(editor("alice")).delete(PATH + "/999").status()).isEqualTo(404);
            assertThat(world.writes()).isEqualTo(before);
        }
    }
}
