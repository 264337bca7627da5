package io.debrief.plugin.web.soy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library and review templates render their fixtures with real Google Soy and escape hostile text. */
class ReviewLibraryTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    static Map<String, Object> row(String key, String summary) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("summary", summary);
        row.put("severity", "sev2");
        row.put("publishedAt", "2026-11-05");
        row.put("href", "/jira/plugins/servlet/debrief/library?key=" + key);
        row.put("ttdDisplay", "3 min");
        row.put("ttdTargetDisplay", "5 min");
        row.put("ttdMet", true);
        row.put("ttrDisplay", null);
        row.put("ttrTargetDisplay", "1 h");
        row.put("ttrMet", null);
        row.put("open", 1);
        row.put("closed", 2);
        return row;
    }

    static Map<String, Object> page(List<Map<String, Object>> rows, Map<String, String> filters) {
        Map<String, Object> data = new HashMap<>();
        data.put("filters", filters);
        data.put("rows", rows);
        data.put("total", rows.size());
        data.put("start", 0);
        data.put("errors", List.of());
        return data;
    }

    static Map<String, String> noFilters() {
        return Map.of("q", "", "project", "", "severity", "", "month", "");
    }

    @Test
    void library_page_is_decorated_and_lists_rows_with_measures_and_a_get_form() {
        String html = soy.render(
                "Debrief.Library.page",
                page(
                        List.of(row("OPS-1", "Checkout returns 502")),
                        Map.of("q", "checkout", "project", "", "severity", "sev2", "month", "")));

        assertThat(html)
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<form class=\"aui debrief-library-filters\" method=\"get\"")
                .contains("value=\"checkout\"")
                .contains("<option value=\"sev2\" selected>SEV 2</option>")
                .contains("<a href=\"/jira/plugins/servlet/debrief/library?key=OPS-1\">OPS-1</a> Checkout returns 502")
                .contains("3 min <span class=\"aui-lozenge aui-lozenge-success debrief-result\" data-result=\"met\""
                        + " title=\"Target: 5 min\">Within target</span>")
                .contains("<span class=\"aui-lozenge debrief-result\" data-result=\"unknown\" title=\"Target: 1 h\">"
                        + "Not known yet</span>")
                .contains("1 open, 2 closed")
                .contains("Showing 1-1 of 1");
    }

    @Test
    void library_page_without_rows_says_so_and_shows_paging_links_only_when_given() {
        String empty = soy.render("Debrief.Library.page", page(List.of(), noFilters()));
        Map<String, Object> paged = page(List.of(row("OPS-1", "x")), noFilters());
        paged.put("nextHref", "/jira/plugins/servlet/debrief/library?start=25&limit=25");
        String withNext = soy.render("Debrief.Library.page", paged);

        assertThat(empty).contains("No published debriefs match these filters.").doesNotContain("<table");
        assertThat(withNext)
                .contains("rel=\"next\" href=\"/jira/plugins/servlet/debrief/library?start=25&amp;limit=25\"")
                .doesNotContain("rel=\"prev\"");
    }

    @Test
    void library_escapes_hostile_text_everywhere() {
        Map<String, Object> hostile = row(ATTRIBUTE_BREAKOUT, SCRIPT);
        hostile.put("href", "javascript:alert(1)");
        String html = soy.render(
                "Debrief.Library.page",
                page(
                        List.of(hostile),
                        Map.of("q", ATTRIBUTE_BREAKOUT, "project", SCRIPT, "severity", "", "month", "")));

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void debrief_detail_shows_impact_analysis_answers_and_timeline_escaped() {
        Map<String, Object> debrief = new HashMap<>();
        debrief.put("key", "OPS-1");
        debrief.put("summary", SCRIPT);
        debrief.put("severity", "sev1");
        debrief.put("heldAt", "2026-11-03 08:00 UTC");
        debrief.put("publishedAt", "2026-11-05 09:00 UTC");
        debrief.put("affected", "Checkout users");
        debrief.put("affectedCount", 1200);
        debrief.put("duration", "55 minutes");
        debrief.put("cost", ATTRIBUTE_BREAKOUT);
        debrief.put("analysis", "The retry storm was not rate limited.");
        debrief.put(
                "answers",
                List.of(Map.of(
                        "question",
                        "Identified within the target?",
                        "answer",
                        "yes",
                        "result",
                        "met",
                        "text",
                        "took 3 min, target 5 min")));
        debrief.put(
                "actionItems",
                List.of(
                        Map.of(
                                "key",
                                "OPS-7",
                                "summary",
                                "Rate-limit retries " + SCRIPT,
                                "status",
                                "open",
                                "href",
                                "/jira/browse/OPS-7",
                                "assignee",
                                "Alice Anders",
                                "due",
                                "2026-12-01"),
                        Map.of(
                                "key",
                                "OPS-8",
                                "summary",
                                "Alert on retry rate",
                                "status",
                                "done",
                                "href",
                                "/jira/browse/OPS-8",
                                "assignee",
                                "",
                                "due",
                                "")));
        Map<String, Object> entry = new HashMap<>();
        entry.put("kind", "detected");
        entry.put("at", "2026-11-02 08:03 UTC");
        entry.put("text", "Alert fired " + SCRIPT);
        entry.put("link", null);
        debrief.put("timeline", List.of(entry));

        String html = soy.render("Debrief.Library.debrief", Map.of("debrief", debrief));

        assertThat(html)
                .contains("Checkout users (1200)")
                .contains("The retry storm was not rate limited.")
                .contains("Identified within the target?")
                .contains(
                        "<span class=\"aui-lozenge aui-lozenge-success debrief-result\" data-result=\"met\">Within target</span>")
                .contains("<a href=\"/jira/browse/OPS-7\">OPS-7</a>")
                .contains("Rate-limit retries &lt;script&gt;")
                .contains("data-status=\"open\"")
                .contains("<a href=\"/jira/browse/OPS-8\">OPS-8</a>")
                .contains("data-status=\"done\"")
                .contains("<time>2026-11-02 08:03 UTC</time> Detected: Alert fired &lt;script&gt;")
                .contains("Published 2026-11-05 09:00 UTC");
        assertThat(html).doesNotContain("<script>", "<img src=x");
    }

    @Test
    void a_debrief_the_reader_cannot_open_is_reported_as_not_found_not_as_a_failed_save() {
        Map<String, Object> data = page(List.of(row("OPS-1", "x")), noFilters());
        data.put("notFound", "This debrief has not been published, or you do not have permission to see it.");

        String html = soy.render("Debrief.Library.page", data);

        assertThat(html)
                .contains("This debrief is not in the library")
                .contains("This debrief has not been published, or you do not have permission to see it.")
                .doesNotContain("We couldn't save", "We couldn&#39;t save", "debrief-errors");
    }

    @Test
    void refused_filters_are_titled_as_filters() {
        Map<String, Object> data = page(List.of(), noFilters());
        data.put("errors", List.of(Map.of("field", "month", "message", "Enter a month like 2026-11.")));

        String html = soy.render("Debrief.Library.page", data);

        assertThat(html)
                .contains("Some filters need another look")
                .contains("data-field=\"month\"")
                .doesNotContain("We couldn't save", "We couldn&#39;t save");
    }

    @Test
    void a_debrief_without_action_items_the_reader_can_see_says_so() {
        Map<String, Object> debrief = new HashMap<>();
        debrief.put("key", "OPS-1");
        debrief.put("summary", "x");
        debrief.put("severity", "");
        debrief.put("heldAt", "");
        debrief.put("publishedAt", "");
        debrief.put("affected", "");
        debrief.put("affectedCount", null);
        debrief.put("duration", "");
        debrief.put("cost", "");
        debrief.put("analysis", "");
        debrief.put("answers", List.of());
        debrief.put("actionItems", List.of());
        debrief.put("timeline", List.of());

        assertThat(soy.render("Debrief.Library.debrief", Map.of("debrief", debrief)))
                .contains("No action items you can see.")
                .doesNotContain("debrief-library-actions\"");
    }

    @Test
    void review_container_carries_its_rest_base_escaped() {
        String html = soy.render(
                "Debrief.Review.page", Map.of("restBase", "/jira/rest/debrief/1.0", "projects", ATTRIBUTE_BREAKOUT));

        assertThat(html)
                .contains("data-debrief-review=\"true\"")
                .contains("data-rest-base=\"/jira/rest/debrief/1.0\"")
                .contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("Monthly review of debrief action items");
        assertThat(html).doesNotContain("<img src=x");
    }
}
