package io.debrief.plugin.web.soy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Debrief.Sharing (the repeat panel and the export links) renders with real Google Soy, localized and escaped. */
class SharingTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    private static Map<String, Object> earlier(String key, boolean linked, String summary) {
        Map<String, Object> item = new HashMap<>();
        item.put("key", "OPS-31");
        item.put("summary", summary);
        item.put("status", "in-progress");
        Map<String, Object> earlier = new HashMap<>();
        earlier.put("key", key);
        earlier.put("linked", linked);
        earlier.put("items", List.of(item));
        return earlier;
    }

    private static Map<String, Object> repeat(
            List<Map<String, Object>> earlier, boolean canLink, List<String> linkedOthers) {
        Map<String, Object> data = new HashMap<>();
        data.put("incidentKey", "OPS-40");
        data.put("contextPath", "/jira");
        data.put("canLink", canLink);
        data.put("earlier", earlier);
        data.put("linkedOthers", linkedOthers);
        return data;
    }

    @Test
    void an_editor_sees_the_earlier_incidents_open_items_and_the_link_button() {
        String html = soy.render(
                "Debrief.Sharing.repeat", repeat(List.of(earlier("OPS-12", false, "Alert on disk")), true, List.of()));

        assertThat(html)
                .contains("Known open actions from earlier incidents")
                .contains("<a href=\"/jira/browse/OPS-12\">OPS-12</a>")
                .contains("<a href=\"/jira/browse/OPS-31\">OPS-31</a>")
                .contains("Alert on disk")
                .contains("In progress")
                .contains("data-earlier=\"OPS-12\"")
                .contains("Link as repeat of OPS-12");
    }

    @Test
    void once_linked_the_panel_says_so_and_offers_no_button() {
        String html = soy.render(
                "Debrief.Sharing.repeat",
                repeat(List.of(earlier("OPS-12", true, "Alert on disk")), true, List.of("OPS-3")));

        assertThat(html)
                .contains("This incident is linked as a repeat of OPS-12.")
                .contains("This incident is linked as a repeat of OPS-3.")
                .doesNotContain("debrief-repeat-link\"");
    }

    @Test
    void a_reader_who_may_not_edit_gets_no_button_and_hidden_incidents_are_not_named() {
        String html = soy.render(
                "Debrief.Sharing.repeat", repeat(List.of(earlier(null, false, "Alert on disk")), false, List.of()));

        assertThat(html)
                .contains("Earlier incidents you can")
                .contains("Only people who may edit this incident can link it as a repeat.")
                .doesNotContain("Link as repeat of", "data-earlier");
    }

    @Test
    void the_panel_escapes_what_people_wrote() {
        String html = soy.render(
                "Debrief.Sharing.repeat", repeat(List.of(earlier("OPS-12", false, SCRIPT)), true, List.of()));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void export_links_point_at_the_three_formats() {
        String html =
                soy.render("Debrief.Sharing.exportLinks", Map.of("incidentKey", "OPS-12", "contextPath", "/jira"));

        assertThat(html)
                .contains("Export this debrief")
                .contains("href=\"/jira/rest/debrief/1.0/incidents/OPS-12/export?format=md\"")
                .contains("format=xhtml")
                .contains("format=json")
                .contains("Confluence (storage format)");
    }
}
