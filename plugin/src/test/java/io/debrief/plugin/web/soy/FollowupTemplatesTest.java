package io.debrief.plugin.web.soy;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SuggestedFilters;
import io.debrief.plugin.settings.SettingsPageData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Debrief.Followup and Debrief.Settings render with real Google Soy, localized, and escape what they are given. */
class FollowupTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();

    private static Map<String, Object> item(String key, String summary, String status) {
        Map<String, Object> item = new HashMap<>();
        item.put("key", key);
        item.put("summary", summary);
        item.put("url", "/browse/" + key);
        item.put("status", status);
        item.put("ageDays", 10);
        item.put("category", "detect");
        item.put("due", "2026-04-01");
        item.put("assignee", "Alice");
        return item;
    }

    private Map<String, Object> actionItems(
            List<Map<String, Object>> items, List<Map<String, Object>> known, boolean canCreate) {
        Map<String, Object> data = new HashMap<>();
        data.put("incidentKey", "INC-12");
        data.put("contextPath", "/jira");
        data.put("items", items);
        data.put("knownOpenActions", known);
        data.put("canCreate", canCreate);
        data.put("projectKey", "INC");
        return data;
    }

    private static Map<String, Object> checkpoint(int number, String state, List<Map<String, Object>> outcomes) {
        Map<String, Object> checkpoint = new HashMap<>();
        checkpoint.put("number", number);
        checkpoint.put("due", "2026-03-15");
        checkpoint.put("state", state);
        checkpoint.put("subTask", "INC-99");
        checkpoint.put("outcomes", outcomes);
        return checkpoint;
    }

    private Map<String, Object> checkpoints(
            List<Map<String, Object>> history, boolean canEdit, Map<String, Object> next) {
        Map<String, Object> data = new HashMap<>();
        data.put("incidentKey", "INC-12");
        data.put("contextPath", "");
        data.put("checkpoints", history);
        data.put(
                "openItems",
                List.of(item("OPS-7", "Alert on queue depth", "open"), item("OPS-8", "Write the runbook", "open")));
        data.put("canEdit", canEdit);
        if (next != null) {
            data.put("next", next);
        }
        return data;
    }

    private Map<String, Object> settingsPage(Map<String, Object> overrides, List<Map<String, Object>> runs) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("label", "debrief");
        settings.put("jobCron", "0 0 6 * * ?");
        settings.put("irrelevantResolution", "Won't Do");
        settings.put("prioritisePriority", "High");
        settings.put("enabledProjectKeys", "OPS, INC");
        settings.put(
                "projects",
                List.of(Map.of(
                        "projectKey",
                        "OPS",
                        "enabled",
                        true,
                        "detectMinutes",
                        10,
                        "resolveMinutes",
                        90,
                        "checkpointIntervalDays",
                        21)));
        settings.put("defaults", Map.of("detectMinutes", 5, "resolveMinutes", 60, "checkpointIntervalDays", 14));
        settings.putAll(overrides);
        return Map.of("settings", settings, "runs", runs, "contextPath", "/jira");
    }

    @Test
    void lists_items_with_lozenges_links_and_the_create_form_for_editors() {
        String html = soy.render(
                "Debrief.Followup.actionItems",
                actionItems(
                        List.of(item("OPS-7", "Alert on queue depth", "open"), item("OPS-8", "Runbook", "done")),
                        List.of(),
                        true));

        assertThat(html)
                .contains("<a href=\"/jira/browse/OPS-7\">OPS-7</a>")
                .contains("data-status=\"done\"")
                .contains(">Detect</span>")
                .contains("10 days")
                .contains("<time datetime=\"2026-04-01\">")
                .contains("class=\"aui debrief-item-form\"")
                .contains("name=\"summary\"")
                .contains("placeholder=\"INC\"")
                .doesNotContain("debrief-known-actions");
    }

    @Test
    void browse_only_viewers_get_no_create_form_and_an_empty_list_says_so() {
        String html = soy.render("Debrief.Followup.actionItems", actionItems(List.of(), List.of(), false));

        assertThat(html).contains("No action items yet.").doesNotContain("debrief-item-form");
    }

    @Test
    void action_items_escape_hostile_text() {
        Map<String, Object> hostile = item("OPS-7", SCRIPT, ATTRIBUTE_BREAKOUT);
        hostile.put("assignee", SCRIPT);
        hostile.put("category", ATTRIBUTE_BREAKOUT);
        Map<String, Object> known = item("OPS-3", ATTRIBUTE_BREAKOUT, "open");
        known.put("incident", SCRIPT);

        String html = soy.render("Debrief.Followup.actionItems", actionItems(List.of(hostile), List.of(known), true));

        assertThat(html).doesNotContain("<script", "<img", "\"><img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void checkpoints_show_history_outcomes_and_next_due() {
        String html = soy.render(
                "Debrief.Followup.checkpoints",
                checkpoints(
                        List.of(checkpoint(
                                1,
                                "closed",
                                List.of(
                                        Map.of("item", "OPS-7", "outcome", "replanned", "due", "2026-04-30"),
                                        Map.of("item", "OPS-8", "outcome", "dropped", "reason", "Service retired")))),
                        true,
                        Map.of("number", 2, "due", "2026-03-29")));

        assertThat(html)
                .contains("Next checkpoint: number 2 on 2026-03-29.")
                .contains("<a href=\"/browse/INC-99\">INC-99</a>")
                .contains(">Closed</span>")
                .contains("Re-planned (2026-04-30)")
                .contains("Dropped: Service retired")
                .doesNotContain("debrief-outcome-form");
    }

    @Test
    void an_opened_checkpoint_offers_one_outcome_per_open_item_to_editors_only() {
        List<Map<String, Object>> history = List.of(checkpoint(1, "opened", List.of()));

        String editable = soy.render("Debrief.Followup.checkpoints", checkpoints(history, true, null));
        String readOnly = soy.render("Debrief.Followup.checkpoints", checkpoints(history, false, null));

        assertThat(editable)
                .contains("data-number=\"1\"")
                .contains("class=\"aui debrief-outcome-form\"")
                .contains("data-item=\"OPS-7\" data-index=\"0\"")
                .contains("data-item=\"OPS-8\" data-index=\"1\"")
                .contains("value=\"replanned\"")
                .contains("name=\"reason\"")
                .contains("data-error-for=\"outcomes[1]\"")
                .contains("No further checkpoint");
        assertThat(readOnly).doesNotContain("debrief-outcome-form");
    }

    @Test
    void checkpoints_escape_hostile_text() {
        String html = soy.render(
                "Debrief.Followup.checkpoints",
                checkpoints(
                        List.of(checkpoint(
                                1,
                                ATTRIBUTE_BREAKOUT,
                                List.of(Map.of("item", ATTRIBUTE_BREAKOUT, "outcome", "dropped", "reason", SCRIPT)))),
                        true,
                        Map.of("number", 2, "due", SCRIPT)));

        assertThat(html).doesNotContain("<script", "<img", "\"><img");
    }

    @Test
    void the_settings_page_has_every_field_the_overrides_and_the_runs() {
        String html = soy.render(
                "Debrief.Settings.page",
                settingsPage(
                        Map.of(),
                        List.of(Map.of(
                                "finishedAt",
                                "2026-03-20 06:00",
                                "opened",
                                2,
                                "repaired",
                                1,
                                "skipped",
                                0,
                                "tookMillis",
                                40,
                                "failed",
                                List.of(Map.of("incident", "INC-12", "reason", "tracker refused"))))));

        assertThat(html)
                .contains("name=\"label\" value=\"debrief\"")
                .contains("name=\"jobCron\" value=\"0 0 6 * * ?\"")
                .contains("name=\"irrelevantResolution\" value=\"Won&#39;t Do\"")
                .contains("name=\"enabledProjectKeys\" value=\"OPS, INC\"")
                .contains("Identify within 5 min, fully fix within 60 min, checkpoint every 14 days.")
                .contains("name=\"projectKey\" value=\"OPS\"")
                .contains("name=\"checkpointIntervalDays\" value=\"21\"")
                .contains("data-error-for=\"jobCron\"")
                .contains("<a href=\"/jira/browse/INC-12\">INC-12</a>: tracker refused");
    }

    @Test
    void the_settings_page_without_runs_or_overrides_says_so() {
        String html = soy.render("Debrief.Settings.page", settingsPage(Map.of("projects", List.of()), List.of()));

        assertThat(html).contains("No project has its own settings.").contains("The checkpoint job has not run yet.");
    }

    @Test
    void the_settings_page_escapes_hostile_values() {
        String html = soy.render(
                "Debrief.Settings.page",
                settingsPage(
                        Map.of("label", ATTRIBUTE_BREAKOUT, "jobCron", SCRIPT),
                        List.of(Map.of(
                                "finishedAt",
                                SCRIPT,
                                "opened",
                                0,
                                "repaired",
                                0,
                                "skipped",
                                0,
                                "tookMillis",
                                1,
                                "failed",
                                List.of(Map.of("incident", ATTRIBUTE_BREAKOUT, "reason", SCRIPT))))));

        assertThat(html).doesNotContain("<script", "<img", "\"><img");
    }

    @Test
    void the_settings_page_offers_the_suggested_filters_with_a_link_into_issue_search_until_declined() {
        // given the page data as the admin servlet builds it, with a label that tries to break out
        Map<String, Object> page = SettingsPageData.of(
                new SettingsAdmin.Snapshot(GlobalSettings.DEFAULTS, List.of()),
                List.of(),
                new SuggestedFilters.Offer(false, SuggestedFilters.forLabel("a\"><img src=x onerror=alert(1)>")),
                key -> key.equals("debrief.filters.open-items") ? "Open debrief items" : "Awaiting",
                "/jira");

        // when
        String html = soy.render("Debrief.Settings.page", page);

        // then the JQL is shown escaped and the link carries it URL-encoded
        assertThat(html)
                .contains("Suggested filters")
                .contains("href=\"/jira/issues/?jql=labels+%3D+%22a%5C%22%3E%3Cimg")
                .contains(">Open debrief items</a>")
                // the name and its JQL never run together: the JQL is a line of its own under the link
                .containsPattern(
                        ">Open debrief items</a>\\s*<div class=\"description\"><code class=\"debrief-filter-jql\">")
                .contains("debrief-filters-decline")
                .doesNotContain("<img");

        // and once declined, nothing is offered
        String declined = soy.render(
                "Debrief.Settings.page",
                SettingsPageData.of(
                        new SettingsAdmin.Snapshot(GlobalSettings.DEFAULTS, List.of()),
                        List.of(),
                        new SuggestedFilters.Offer(true, SuggestedFilters.forLabel("debrief")),
                        key -> key,
                        "/jira"));
        assertThat(declined).doesNotContain("debrief-suggested-filters");
    }
}
