package io.debrief.plugin.actionitem;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.plugin.web.testkit.FollowupWorld.BUG;
import static io.debrief.plugin.web.testkit.FollowupWorld.INCIDENT;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET and POST /incidents/{key}/repeat-of: earlier incidents with open items, and linking a repeat. */
class RepeatResourceTest {

    private static final String PATH = "/incidents/INC-12/repeat-of";
    private static final IssueRef EARLIER = new IssueRef(999, "INC-5", "INC");
    private static final IssueRef LATER = new IssueRef(1003, "INC-30", "INC");

    private final FollowupWorld world = new FollowupWorld();
    private final RestTestHarness rest = world.rest(RepeatResource.class);
    private TrackedIssue openItem;

    @BeforeEach
    void givenAnEarlierIncidentWithAnOpenItem() {
        world.incidents.with(anIncident()
                .id(EARLIER.id())
                .key(EARLIER.key())
                .created(Instant.parse("2026-01-20T10:00:00Z"))
                .build());
        world.incidents.with(anIncident()
                .id(LATER.id())
                .key(LATER.key())
                .created(Instant.parse("2026-03-15T10:00:00Z"))
                .build());
        openItem = anActionItem()
                .of(EARLIER)
                .inProject("INC")
                .summary("Alert on disk <b>full</b>")
                .createdAt(Instant.parse("2026-02-01T10:00:00Z"))
                .build();
        world.tracker.given(openItem);
    }

    private static String body(String earlier) {
        return RestTestHarness.json(java.util.Map.of("earlier", earlier));
    }

    @Test
    void lists_the_earlier_incident_with_its_open_items_and_whether_the_viewer_may_link() {
        Reply editorView = rest.as(editor("alice")).get(PATH);
        Reply readerView = rest.as(browseOnly("bob")).get(PATH);

        assertThat(editorView.status()).isEqualTo(200);
        JsonNode earlier = editorView.json().path("earlier").get(0);
        assertThat(earlier.path("incident").asText()).isEqualTo("INC-5");
        assertThat(earlier.path("url").asText()).isEqualTo("/browse/INC-5");
        assertThat(earlier.path("linked").asBoolean()).isFalse();
        assertThat(earlier.path("openItems").get(0).path("key").asText()).isEqualTo(openItem.key());
        assertThat(earlier.path("openItems").get(0).path("summary").asText()).isEqualTo("Alert on disk <b>full</b>");
        assertThat(earlier.path("openItems").get(0).path("status").asText()).isEqualTo("open");
        assertThat(editorView.json().path("canLink").asBoolean()).isTrue();
        assertThat(readerView.json().path("canLink").asBoolean()).isFalse();
    }

    @Test
    void an_editor_links_the_incident_as_a_repeat_and_the_answer_says_so() {
        Reply reply = rest.as(editor("alice")).post(PATH, body("INC-5"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("linkedTo")).extracting(JsonNode::asText).containsExactly("INC-5");
        assertThat(reply.json().path("earlier").get(0).path("linked").asBoolean())
                .isTrue();
        assertThat(world.tracker.repeatOf(INCIDENT)).containsExactly(EARLIER);
    }

    @Test
    void linking_the_same_incident_twice_is_409() {
        rest.as(editor("alice")).post(PATH, body("INC-5"));

        Reply again = rest.as(editor("alice")).post(PATH, body("INC-5"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("INC-5");
        assertThat(world.tracker.repeatOf(INCIDENT)).containsExactly(EARLIER);
    }

    @Test
    void a_reader_who_may_not_edit_the_incident_gets_403_and_nothing_is_linked() {
        Reply reply = rest.as(browseOnly("bob")).post(PATH, body("INC-5"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(world.tracker.repeatOf(INCIDENT)).isEmpty();
    }

    @Test
    void hidden_unknown_and_non_incidents_are_refused_before_the_body_is_read() {
        ScriptedViewer eve = ScriptedViewer.as(new UserRef("eve", "Eve")).cannotBrowse(INCIDENT);

        assertThat(rest.as(anonymous()).post(PATH, body("INC-5")).status()).isEqualTo(401);
        assertThat(rest.as(eve).post(PATH, body("INC-5")).status()).isEqualTo(404);
        assertThat(rest.as(eve).get(PATH).status()).isEqualTo(404);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/INC-404/repeat-of", body("INC-5"))
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(editor("alice"))
                        .post("/incidents/" + BUG.key() + "/repeat-of", body("INC-5"))
                        .status())
                .isEqualTo(409);
        assertThat(world.tracker.repeatOf(INCIDENT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "INC-12", "INC-404", "OPS-1", "INC-30"})
    void a_bad_earlier_incident_is_400_naming_earlier(String earlier) {
        Reply reply = rest.as(editor("alice")).post(PATH, body(earlier));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("earlier");
        assertThat(world.tracker.repeatOf(INCIDENT)).isEmpty();
    }

    @Test
    void an_earlier_incident_the_editor_may_not_browse_is_400_as_if_unknown_and_never_named() {
        ScriptedViewer alice = ScriptedViewer.as(new UserRef("alice", "Alice")).cannotBrowse(EARLIER);

        Reply refused = rest.as(alice).post(PATH, body("INC-5"));
        Reply listed = rest.as(alice).get(PATH);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(listed.json().path("earlier").get(0).path("incident").isNull())
                .isTrue();
        assertThat(listed.json()
                        .path("earlier")
                        .get(0)
                        .path("openItems")
                        .get(0)
                        .path("incident")
                        .isNull())
                .isTrue();
        assertThat(listed.body()).doesNotContain("\"INC-5\"", "/browse/INC-5\"");
    }

    @Test
    void a_missing_body_is_400_naming_earlier() {
        Reply reply = rest.as(editor("alice")).post(PATH, "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("earlier");
    }
}
