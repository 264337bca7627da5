package io.debrief.core.export;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.DebriefLibrary;
import io.debrief.core.debrief.DebriefService;
import io.debrief.core.debrief.Impact;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedTimelines;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.intake.JsonTree;
import io.debrief.core.intake.TimelineImport;
import io.debrief.core.testkit.DebriefFixtures;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TimelineFixtures;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.tracker.TrackedIssue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Exports of published debriefs: what each format says, how it escapes, and that only the visible is exported. */
class DebriefExportsTest {

    private static final Instant STARTED = Instant.parse("2026-11-02T08:00:00Z");
    private static final String HOSTILE = "<script>alert('x')</script> & # not a heading | pipe";

    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final DebriefFixtures.World world = new DebriefFixtures.World();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemorySettings settings = new InMemorySettings();
    private final TimelineService timeline = new TimelineService(
            world.incidents,
            world.timelines,
            DerivedEntries.NONE,
            clock,
            new PublishedTimelines(world.debriefs, world.timelines));
    private final DebriefLibrary library = new DebriefLibrary(
            world.debriefs,
            world.incidents,
            world.timelines,
            tracker,
            settings,
            new DebriefService(
                    world.incidents,
                    world.timelines,
                    DerivedEntries.NONE,
                    world.debriefs,
                    key -> settings.forProject(key).targets(),
                    clock),
            timeline);
    private final DebriefExports exports = new DebriefExports(library);

    /** Labels as their keys, so the tests read which label went where. */
    private static final ExportWording KEYS = new ExportWording() {
        @Override
        public String text(String key, Object... args) {
            return args.length == 0
                    ? key
                    : key + List.of(args).stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }

        @Override
        public String duration(Duration duration) {
            return duration.toMinutes() + " min";
        }
    };

    private Incident ops1;
    private TrackedIssue hiddenItem;

    private Incident published(long id, String key, String summary, String publishedAt) {
        Incident incident = anIncident().id(id).key(key).summary(summary).build();
        world.incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(45))
                .debrief(
                        incident,
                        aDebrief()
                                .heldAt(STARTED.plus(Duration.ofDays(1)))
                                .publishedAt(Instant.parse(publishedAt))
                                .analysis("Retries were not limited.\n\n" + HOSTILE)
                                .impact(new Impact("Checkout <b>users</b>", 1200L, "55 minutes", "unknown")));
        return incident;
    }

    @BeforeEach
    void givenPublishedDebriefs() {
        ops1 = published(1, "OPS-1", "Checkout returns 502 <img src=x>", "2026-11-05T09:00:00Z");
        world.timelines.add(TimelineFixtures.anEntry()
                .incidentId(1)
                .kind(EntryKind.NOTE)
                .at(STARTED.plus(Duration.ofMinutes(10)))
                .text(HOSTILE)
                .link("https://status.example.com/incidents/1?a=(b)")
                .approximate()
                .build());
        world.timelines.add(TimelineFixtures.anEntry()
                .incidentId(1)
                .kind(EntryKind.COMMENT)
                .source(EntrySource.COMMENT)
                .sourceRef("comment:7")
                .at(STARTED.plus(Duration.ofMinutes(20)))
                .text("Rolled back the release")
                .build());
        published(2, "OPS-2", "Search slow", "2026-11-06T09:00:00Z");
        tracker.given(
                anActionItem().of(ops1.ref()).summary("Rate-limit retries").build());
        hiddenItem = anActionItem().of(ops1.ref()).summary("Secret fix").build();
        tracker.given(hiddenItem);
        Incident held = anIncident().id(4).key("OPS-4").build();
        world.incident(held, STARTED, Duration.ofMinutes(1), Duration.ofMinutes(10))
                .debrief(held, aDebrief());
    }

    @Test
    void markdown_has_the_debriefs_sections_and_escapes_everything_people_wrote() {
        // when
        DebriefExports.Export export = exports.exportOne("OPS-1", "md", KEYS, ScriptedViewer.as(BOB));

        // then
        String md = export.body();
        assertThat(export.fileName()).isEqualTo("debrief-OPS-1.md");
        assertThat(export.mediaType()).startsWith("text/markdown");
        assertThat(md).startsWith("# debrief.export.title\\[OPS-1,Checkout returns 502 &lt;img src=x&gt;\\]");
        assertThat(md).contains("## debrief.export.analysis", "## debrief.export.timeline", "## debrief.export.items");
        assertThat(md).doesNotContain("<script>", "<img", "<b>");
        assertThat(md).contains("&lt;script&gt;alert\\('x'\\)&lt;/script&gt; &amp; \\# not a heading \\| pipe");
        assertThat(md)
                .contains("[https://status.example.com/incidents/1?a=\\(b\\)]"
                        + "(https://status.example.com/incidents/1?a=%28b%29)");
        assertThat(md.indexOf("08:10 UTC")).isLessThan(md.indexOf("08:45 UTC"));
        assertThat(md).contains("debrief.phase.about\\[2026-");
        assertThat(md).contains("| OPS-", "Rate-limit retries", "Secret fix");
    }

    @Test
    void confluence_storage_format_parses_as_xml_and_keeps_script_as_text() throws Exception {
        // when
        String xhtml = exports.exportOne("OPS-1", "xhtml", KEYS, ScriptedViewer.as(BOB))
                .body();

        // then: a real XML parser reads it (the fragment put in one element), with no element it did not write
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<page>" + xhtml + "</page>").getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("debrief.export.title[OPS-1,Checkout returns 502 <img src=x>]");
        assertThat(document.getElementsByTagName("table").getLength()).isEqualTo(5);
        assertThat(document.getDocumentElement().getTextContent()).contains(HOSTILE);
        assertThat(document.getElementsByTagName("a")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("href")
                        .getNodeValue())
                .isEqualTo("https://status.example.com/incidents/1?a=(b)");
    }

    @Test
    void characters_xml_cannot_hold_are_replaced_so_the_export_still_parses() throws Exception {
        assertThat(ConfluenceRenderer.xml("bell\u0007 and \uD800 alone, \uD83D\uDE00 kept"))
                .isEqualTo("bell\uFFFD and \uFFFD alone, \uD83D\uDE00 kept");
    }

    @Test
    void json_export_imports_into_another_incident_as_the_same_timeline() {
        // given: an export of OPS-1 and a fresh incident OPS-9 with no timeline
        String json =
                exports.exportOne("OPS-1", "json", KEYS, ScriptedViewer.as(BOB)).body();
        Incident fresh = anIncident().id(9).key("OPS-9").created(STARTED).build();
        world.incidents.with(fresh);
        TimelineImport importer = new TimelineImport(
                new IncidentAccess(world.incidents), world.timelines, DerivedEntries.NONE, timeline, clock);

        // when
        TimelineImport.Result result = importer.importDocument("OPS-9", json, ScriptedViewer.as(ALICE));

        // then: every entry with its kind, instant, text and whether its moment is approximate; the tracker's
        // comment as a note
        List<TimelineEntry> original =
                library.open("OPS-1", ScriptedViewer.as(BOB)).timeline();
        assertThat(result.added()).hasSize(original.size());
        assertThat(world.timelines.entries(9, false))
                .extracting(
                        TimelineEntry::kind,
                        TimelineEntry::at,
                        TimelineEntry::text,
                        TimelineEntry::link,
                        TimelineEntry::approximate)
                .containsExactlyInAnyOrderElementsOf(original.stream()
                        .map(entry -> tuple(
                                entry.kind().isManual() ? entry.kind() : EntryKind.NOTE,
                                entry.at(),
                                entry.text(),
                                entry.link(),
                                entry.approximate()))
                        .toList());
        assertThat(original).anyMatch(TimelineEntry::approximate);
        assertThat(json).contains("\"derivedFrom\": \"comment\"");
        // and importing it again adds nothing
        assertThat(importer.importDocument("OPS-9", json, ScriptedViewer.as(ALICE))
                        .added())
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_carries_the_rest_of_the_debrief_under_debrief_without_markup_surprises() {
        String json =
                exports.exportOne("OPS-1", "json", KEYS, ScriptedViewer.as(BOB)).body();

        Map<String, Object> root = (Map<String, Object>) JsonTree.parse(json, 1 << 20);
        Map<String, Object> debrief = (Map<String, Object>) root.get("debrief");
        assertThat(root.get("zone")).isEqualTo("UTC");
        assertThat(debrief.get("key")).isEqualTo("OPS-1");
        assertThat(debrief.get("analysis")).isEqualTo("Retries were not limited.\n\n" + HOSTILE);
        assertThat(((List<Object>) debrief.get("actionItems"))).hasSize(2);
        assertThat(json).doesNotContain("<script>");
    }

    @Test
    void the_export_leaves_out_action_items_the_reader_may_not_browse() {
        ScriptedViewer bob = ScriptedViewer.as(BOB).cannotBrowse(hiddenItem.ref());

        for (String format : List.of("md", "xhtml", "json")) {
            assertThat(exports.exportOne("OPS-1", format, KEYS, bob).body())
                    .as(format)
                    .contains("Rate-limit retries")
                    .doesNotContain("Secret fix");
        }
    }

    @Test
    void an_unpublished_hidden_or_unknown_debrief_is_not_found_and_a_bad_format_names_format() {
        assertThatThrownBy(() -> exports.exportOne("OPS-4", "md", KEYS, ScriptedViewer.as(BOB)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.exportOne(
                        "OPS-1", "md", KEYS, ScriptedViewer.as(BOB).cannotBrowse(ops1.ref())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.exportOne("OPS-404", "md", KEYS, ScriptedViewer.as(BOB)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.exportOne("OPS-1", "md", KEYS, ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> exports.exportOne("OPS-1", "pdf", KEYS, ScriptedViewer.as(BOB)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(ValidationError::field, ValidationError::messageKey)
                                .containsExactly(tuple("format", DebriefExports.FORMAT_UNKNOWN)));
    }

    @Test
    void a_library_export_holds_every_visible_published_debrief_and_no_hidden_one() {
        ScriptedViewer carol = ScriptedViewer.as(BOB).cannotBrowse(ops1.ref());

        DebriefExports.Export md = exports.exportLibrary(LibraryQuery.everything(), "md", KEYS, ScriptedViewer.as(BOB));
        DebriefExports.Export hidden = exports.exportLibrary(LibraryQuery.everything(), "md", KEYS, carol);
        DebriefExports.Export json = exports.exportLibrary(LibraryQuery.everything(), "json", KEYS, carol);

        assertThat(md.count()).isEqualTo(2);
        assertThat(md.fileName()).isEqualTo("debriefs.md");
        assertThat(md.body()).contains("## debrief.export.title\\[OPS-2", "## debrief.export.title\\[OPS-1");
        assertThat(md.body().indexOf("OPS-2")).isLessThan(md.body().indexOf("OPS-1"));
        assertThat(hidden.count()).isEqualTo(1);
        assertThat(hidden.body()).doesNotContain("OPS-1", "Checkout returns");
        assertThat((List<?>) JsonTree.parse(json.body(), 1 << 20)).hasSize(1);
        assertThat(json.body()).doesNotContain("OPS-1");
    }
}
