package io.debrief.plugin.incident;

import io.debrief.core.actionitem.RepeatIncidents;
import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.web.view.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Debrief tab's sharing parts as template data, each rendered from its own template ({@code Debrief.Sharing.*} in
 * web-resource {@value #RESOURCE}): the repeat panel at the top, the export links under a published debrief.
 */
final class SharingViewData {

    static final String RESOURCE = "debrief-sharing";

    private SharingViewData() {}

    /** The repeat panel; nothing when there are no earlier open items and no repeat link to show. */
    static String repeat(RepeatIncidents.RepeatCheck check, Views views, String contextPath) {
        if (check.isEmpty()) {
            return "";
        }
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (RepeatIncidents.Earlier each : check.earlier()) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("key", each.incident() == null ? null : each.incident().key());
            shown.put("linked", each.linked());
            List<Map<String, Object>> items = new ArrayList<>();
            for (TrackedIssue item : each.openItems()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", item.key());
                row.put("summary", item.summary());
                row.put("status", item.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                items.add(row);
            }
            shown.put("items", items);
            earlier.add(shown);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", check.incident().key());
        data.put("contextPath", contextPath);
        data.put("canLink", check.canLink());
        data.put("earlier", earlier);
        data.put(
                "linkedOthers", check.linkedOthers().stream().map(IssueRef::key).toList());
        return views.render(RESOURCE, "Debrief.Sharing.repeat", data);
    }

    /** The export links, for a published debrief only (the tab's data says its status). */
    static String exportLinks(Map<String, Object> debriefTab, Views views, String contextPath) {
        if (!"published".equals(debriefTab.get("status"))) {
            return "";
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentKey", debriefTab.get("issueKey"));
        data.put("contextPath", contextPath);
        return views.render(RESOURCE, "Debrief.Sharing.exportLinks", data);
    }
}
