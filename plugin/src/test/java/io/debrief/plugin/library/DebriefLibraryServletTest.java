package io.debrief.plugin.library;

import static io.debrief.core.testkit.DebriefFixtures.aDebrief;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.soy.SoyRendering;
import io.debrief.plugin.web.testkit.InMemoryDebriefWorld;
import io.debrief.plugin.web.testkit.SettableViewerProvider;
import io.debrief.plugin.web.testkit.Viewers;
import io.debrief.plugin.web.view.PageResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library page, served by the servlet over a real application and real Soy. */
class DebriefLibraryServletTest {

    private static final Instant STARTED = Instant.parse("2026-11-02T08:00:00Z");

    private final InMemoryDebriefWorld world = new InMemoryDebriefWorld("2026-11-24T10:00:00Z");
    private final Messages messages = BundleMessages.discover(Locale.ENGLISH);
    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();
    private final SettableViewerProvider viewers = new SettableViewerProvider();
    private final List<String> required = new ArrayList<>();
    private final PageResources resources = required::add;
    private final DebriefLibraryServlet servlet = new DebriefLibraryServlet(
            world.app(), viewers, (resource, template, data) -> soy.render(template, data), messages, resources);

    private final StringWriter body = new StringWriter();
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @BeforeEach
    void seed() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        publish(anIncident().id(1).key("OPS-1").summary("Checkout returns 502").build(), "2026-11-05T09:00:00Z");
        publish(
                anIncident()
                        .id(2)
                        .key("PAY-2")
                        .severity(Severity.SEV1)
                        .summary("Card payments declined")
                        .build(),
                "2026-11-06T09:00:00Z");
    }

    private void publish(Incident incident, String at) {
        world.debriefs
                .incident(incident, STARTED, Duration.ofMinutes(3), Duration.ofMinutes(45))
                .debrief(
                        incident,
                        aDebrief().heldAt(STARTED.plus(Duration.ofDays(1))).publishedAt(Instant.parse(at)));
    }

    private HttpServletRequest request(Map<String, String> params) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jira");
        params.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
        return request;
    }

    private String get(Viewer viewer, Map<String, String> params) throws Exception {
        viewers.set(viewer);
        servlet.doGet(request(params), response);
        return body.toString();
    }

    @Test
    void anonymous_visitors_get_401_and_no_page() throws Exception {
        String html = get(Viewers.anonymous(), Map.of());

        verify(response).sendError(401, "Log in to see and work on debriefs.");
        assertThat(html).isEmpty();
    }

    @Test
    void lists_the_published_debriefs_the_reader_may_browse_and_requires_the_scripts() throws Exception {
        ScriptedViewer carol = ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowseProject("PAY");

        String html = get(carol, Map.of());

        verify(response).setStatus(200);
        assertThat(html)
                .contains("atl.general")
                .contains(">OPS-1</a> Checkout returns 502")
                .doesNotContain("PAY-2")
                .contains("Showing 1-1 of 1");
        assertThat(required).containsExactly("debrief-library");
    }

    @Test
    void filters_come_from_the_get_form_and_bad_ones_are_shown_as_errors() throws Exception {
        String filtered = get(Viewers.browseOnly("bob"), Map.of("severity", "sev1"));
        body.getBuffer().setLength(0);
        String refused = get(Viewers.browseOnly("bob"), Map.of("month", "november"));

        assertThat(filtered).contains("PAY-2").doesNotContain(">OPS-1<");
        assertThat(refused).contains("data-field=\"month\"").contains("OPS-1").contains("PAY-2");
    }

    @Test
    void shows_the_rest_answers_numbers_as_text_and_its_instants_as_utc_minutes_and_days() throws Exception {
        // given: OPS-1 detected after 3 min and resolved after 45, held a day after it started, published 5 Nov
        ScriptedViewer carol = ScriptedViewer.as(new UserRef("carol", "Carol"));

        // when
        String listed = get(carol, Map.of());
        String opened = get(carol, Map.of("key", "OPS-1"));

        // then: the seconds and ISO instants of GET /library, presented; no severity shows as nothing
        assertThat(listed).contains("<td>2026-11-05</td>").contains("3 min").contains("45 min");
        assertThat(opened)
                .contains("2026-11-03 08:00 UTC")
                .contains("2026-11-05 09:00 UTC")
                .contains("took 3 min, target")
                .contains("took 45 min, target");
    }

    @Test
    void the_page_offers_the_filtered_set_and_an_opened_debrief_as_exports() throws Exception {
        String filtered = get(Viewers.browseOnly("bob"), Map.of("severity", "sev1", "key", "PAY-2"));

        assertThat(filtered)
                .contains("Export these debriefs")
                .contains("/rest/debrief/1.0/library/export?format=md&amp;severity=sev1")
                .contains("/rest/debrief/1.0/library/export?format=json&amp;severity=sev1")
                .contains("/rest/debrief/1.0/incidents/PAY-2/export?format=xhtml");
    }

    @Test
    void opens_a_published_debrief_read_only_and_answers_404_for_a_hidden_one() throws Exception {
        String opened = get(Viewers.browseOnly("bob"), Map.of("key", "OPS-1"));

        assertThat(opened)
                .contains("debrief-library-debrief")
                .contains("The retry storm was not rate limited.")
                .contains("Identified within the target?");

        body.getBuffer().setLength(0);
        String hidden = get(
                ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowseProject("PAY"), Map.of("key", "PAY-2"));
        verify(response).setStatus(404);
        // carol opening a debrief of a project she cannot see: not found, never a failed save
        assertThat(hidden)
                .doesNotContain("Card payments declined")
                .contains("debrief-library-not-found")
                .contains("This debrief is not in the library")
                .doesNotContain("couldn't save", "couldn&#39;t save", "debrief-errors");
    }

    @Test
    void an_opened_debrief_shows_its_phases_table_with_values_targets_and_results() throws Exception {
        String opened = get(Viewers.browseOnly("bob"), Map.of("key", "OPS-1"));

        // 3 min to detect against the 5 min target, 45 min to resolve against 1 h
        assertThat(opened).contains("debrief-phases-table");
        String detect = row(opened, "data-incident-phase=\"detect\"");
        assertThat(detect).contains("3 min").contains("5 min").contains("data-result=\"met\"");
        String resolve = row(opened, "data-incident-phase=\"resolve\"");
        assertThat(resolve).contains("45 min").contains("1 h").contains("data-result=\"met\"");
    }

    /** The table row carrying {@code marker}, up to its end. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as("a row with " + marker).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void an_opened_debrief_lists_the_action_items_the_reader_may_see_linked_to_jira() throws Exception {
        var visible = io.debrief.core.testkit.TrackedIssueBuilder.anActionItem()
                .of(new io.debrief.core.common.IssueRef(1, "OPS-1", "OPS"))
                .summary("Rate-limit checkout retries")
                .build();
        var hidden = io.debrief.core.testkit.TrackedIssueBuilder.anActionItem()
                .of(new io.debrief.core.common.IssueRef(1, "OPS-1", "OPS"))
                .summary("Secret payments fix")
                .build();
        world.tracker.given(visible, hidden);

        String opened = get(
                ScriptedViewer.as(new UserRef("carol", "Carol")).cannotBrowse(hidden.ref()), Map.of("key", "OPS-1"));

        assertThat(opened)
                .contains("<a href=\"/jira/browse/" + visible.key() + "\">" + visible.key() + "</a>")
                .contains("Rate-limit checkout retries")
                .doesNotContain("Secret payments fix");
    }
}
