package io.debrief.plugin.incident;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.browseOnly;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.debrief.core.incident.Incident;
import io.debrief.core.intake.TimelineImport;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TimelineFixtures;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.library.LibraryExportResource;
import io.debrief.plugin.web.testkit.InMemoryDebriefWorld;
import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * GET /incidents/{key}/export and GET /library/export: a published debrief as Markdown, Confluence storage format and
 * the timeline import's JSON, as a download, for exactly those who may read it in the library.
 */
class DebriefExportResourceTest {

    private static final Instant STARTED = Instant.parse("2026-11-02T08:00:00Z");
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema IMPORT_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("../docs/schema/timeline-import.schema.json")));

    private final InMemoryDebriefWorld world = new InMemoryDebriefWorld("2026-11-24T10:00:00Z");
    private final RestTestHarness rest = RestTestHarness.with(DebriefExportResource.class, LibraryExportResource.class)
            .bindInPorts(world.app())
            .start();

    private Incident ops;
    private Incident pay;
    private TrackedIssue hiddenItem;

    private Incident published(long id, String key, String summary, String publishedAt) {
        Incident incident = anIncident().id(id).key(key).summary(summary).build();
        world.debriefs
                .incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(45))
                .debrief(
                        incident,
                        aDebrief()
                                .heldAt(STARTED.plus(Duration.ofDays(1)))
                                .publishedAt(Instant.parse(publishedAt))
                                .analysis("Retries were not limited. " + SCRIPT));
        return incident;
    }

    @BeforeEach
    void givenPublishedDebriefs() {
        ops = published(1, "OPS-1", "Checkout returns 502", "2026-11-05T09:00:00Z");
        pay = published(2, "PAY-2", "Card payments declined", "2026-11-06T09:00:00Z");
        world.debriefs.timelines.add(TimelineFixtures.anEntry()
                .incidentId(1)
                .kind(EntryKind.NOTE)
                .at(STARTED.plus(Duration.ofMinutes(10)))
                .text("Paged the payments team " + SCRIPT)
                .link("https://status.example.com/incidents/1")
                .build());
        world.debriefs.timelines.add(TimelineFixtures.anEntry()
                .incidentId(1)
                .kind(EntryKind.STATUS_CHANGE)
                .source(EntrySource.JIRA_HISTORY)
                .sourceRef("history:9:status")
                .at(STARTED.plus(Duration.ofMinutes(30)))
                .text("In Progress \u2192 Done")
                .build());
        world.tracker.given(
                anActionItem().of(ops.ref()).summary("Rate-limit retries").build());
        hiddenItem =
                anActionItem().of(ops.ref()).summary("Rotate the leaked key").build();
        world.tracker.given(hiddenItem);
        Incident held =
                anIncident().id(4).key("OPS-4").summary("Not yet published").build();
        world.debriefs
                .incident(held, STARTED, Duration.ofMinutes(1), Duration.ofMinutes(10))
                .debrief(held, aDebrief());
    }

    @Test
    void a_published_debrief_downloads_as_markdown_named_after_its_incident() {
        // when
        Reply reply = rest.as(browseOnly("bob")).get("/incidents/OPS-1/export?format=md");

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/markdown");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"debrief-OPS-1.md\"");
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(reply.body())
                .startsWith("# OPS-1: Checkout returns 502")
                .contains("## Timeline", "## Action items", "Rate-limit retries", "| Time to detect | 3 min | 5 min |")
                .doesNotContain("<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?format=", "?format=pdf", "?format=markdown"})
    void a_missing_or_unknown_format_is_400_naming_format(String query) {
        Reply reply = rest.as(browseOnly("bob")).get("/incidents/OPS-1/export" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fieldErrors()).containsOnlyKeys("format");
        assertThat(reply.fieldErrors().get("format")).contains("md, xhtml, json");
    }

    @Test
    void bob_cannot_export_what_he_cannot_see_nor_a_debrief_not_yet_published() {
        ScriptedViewer bob = ScriptedViewer.as(BOB).cannotBrowse(ops.ref());

        assertThat(rest.as(bob).get("/incidents/OPS-1/export?format=md").status())
                .isEqualTo(404);
        assertThat(rest.as(bob).get("/incidents/OPS-1/export?format=json").status())
                .isEqualTo(404);
        assertThat(rest.as(browseOnly("bob"))
                        .get("/incidents/OPS-4/export?format=md")
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(browseOnly("bob"))
                        .get("/incidents/OPS-404/export?format=md")
                        .status())
                .isEqualTo(404);
        assertThat(rest.as(anonymous()).get("/incidents/OPS-1/export?format=md").status())
                .isEqualTo(401);
        assertThat(rest.as(anonymous()).get("/library/export?format=md").status())
                .isEqualTo(401);
    }

    @Test
    void the_confluence_export_parses_as_xml_and_keeps_a_script_as_text() throws Exception {
        Reply reply = rest.as(browseOnly("bob")).get("/incidents/OPS-1/export?format=xhtml");

        assertThat(reply.header("Content-Type")).startsWith("application/xhtml+xml");
        Document page = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        ("<page>" + reply.body() + "</page>").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("OPS-1: Checkout returns 502");
        assertThat(page.getDocumentElement().getTextContent()).contains("Paged the payments team " + SCRIPT);
    }

    @Test
    void exported_json_is_valid_under_the_import_schema_and_imports_into_another_incident_as_the_same_timeline()
            throws IOException {
        // given
        Reply reply = rest.as(browseOnly("bob")).get("/incidents/OPS-1/export?format=json");
        JsonNode exported = JSON.readTree(reply.body());
        IntakeWorld other = new IntakeWorld();

        // when
        TimelineImport.Result result =
                other.intake.timelineImport().importDocument(IntakeWorld.INCIDENT, reply.body(), editor("alice"));

        // then
        assertThat(reply.header("Content-Disposition")).contains("debrief-OPS-1.json");
        assertThat(IMPORT_SCHEMA.validate(exported)).as("schema errors").isEmpty();
        List<TimelineEntry> original =
                world.app().open("OPS-1", browseOnly("bob")).timeline();
        assertThat(result.added()).hasSize(original.size());
        assertThat(other.timelineStore.entries(other.incident.id(), false))
                .extracting(TimelineEntry::kind, TimelineEntry::at, TimelineEntry::text)
                .containsExactlyInAnyOrderElementsOf(original.stream()
                        .map(entry -> tuple(
                                entry.kind().isManual() ? entry.kind() : EntryKind.NOTE, entry.at(), entry.text()))
                        .toList());
        assertThat(exported.path("debrief").path("analysis").asText()).endsWith(SCRIPT);
    }

    @Test
    void an_export_leaves_out_action_items_the_reader_may_not_browse() {
        ScriptedViewer bob = ScriptedViewer.as(BOB).cannotBrowse(hiddenItem.ref());

        for (String format : List.of("md", "xhtml", "json")) {
            assertThat(rest.as(bob)
                            .get("/incidents/OPS-1/export?format=" + format)
                            .body())
                    .as(format)
                    .contains("Rate-limit retries")
                    .doesNotContain("Rotate the leaked key");
        }
    }

    @Test
    void the_library_export_holds_the_filtered_visible_debriefs_and_no_hidden_one() throws IOException {
        ScriptedViewer carol = ScriptedViewer.as(BOB).cannotBrowseProject("PAY");

        Reply all = rest.as(browseOnly("bob")).get("/library/export?format=md");
        Reply visible = rest.as(carol).get("/library/export?format=json");
        Reply filtered = rest.as(browseOnly("bob")).get("/library/export?format=xhtml&project=pay");

        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"debriefs.md\"");
        assertThat(all.header("X-Debrief-Export-Count")).isEqualTo("2");
        assertThat(all.body()).contains("## PAY-2: Card payments declined", "## OPS-1: Checkout returns 502");
        JsonNode array = JSON.readTree(visible.body());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).path("debrief").path("key").asText()).isEqualTo("OPS-1");
        assertThat(IMPORT_SCHEMA.validate(array.get(0))).isEmpty();
        assertThat(visible.body()).doesNotContain("PAY-2", "Card payments");
        assertThat(visible.header("X-Debrief-Export-Total")).isEqualTo("1");
        assertThat(filtered.body()).contains("PAY-2").doesNotContain("OPS-1");
    }

    @Test
    void a_bad_library_filter_or_format_is_400_naming_it() {
        assertThat(rest.as(browseOnly("bob"))
                        .get("/library/export?format=md&month=2026-13")
                        .fieldErrors())
                .containsOnlyKeys("month");
        assertThat(rest.as(browseOnly("bob")).get("/library/export?format=doc").fieldErrors())
                .containsOnlyKeys("format");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
