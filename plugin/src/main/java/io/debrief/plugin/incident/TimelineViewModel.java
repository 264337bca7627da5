package io.debrief.plugin.incident;

import io.debrief.core.debrief.DebriefView;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.i18n.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an incident's timeline and facts into the data of the Timeline tab ({@code Debrief.Timeline.tab}); the REST
 * answer of {@code GET /incidents/{key}/timeline} is the same map, so the tab, the sandbox and the API agree.
 *
 * <p>Shape: {@code issueKey, canEdit, zone, entries[{id, kind, kindLabel, at, atDisplay, atLocal, text, link,
 * source, sourceLabel, derived, deleted, version}], facts{started, detected, mitigated, resolved (+Display),
 * timeToDetect, timeToResolve (answers, see ViewText#answer)}, findings[{kind, text}], kinds[{value, label}]}}.
 */
public final class TimelineViewModel {

    private final ViewText text;

    public TimelineViewModel(Messages messages, ZoneId zone) {
        this.text = new ViewText(messages, zone);
    }

    /**
     * @param entries the timeline in order, as core lists it (deleted ones only when the reader may edit)
     * @param debrief the incident's debrief view: facts, findings and answers against the project's targets
     * @param canEdit whether the reader may add and change entries (false once the debrief is published)
     */
    public Map<String, Object> of(List<TimelineEntry> entries, DebriefView debrief, boolean canEdit) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issueKey", debrief.incident().key());
        data.put("canEdit", canEdit);
        data.put("zone", text.zone().getId());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            rows.add(entry(entry));
        }
        data.put("entries", rows);
        data.put("facts", facts(debrief));
        data.put("findings", text.findings(debrief.findings()));
        data.put("kinds", manualKinds());
        return data;
    }

    /** One entry as the tab and the API show it. */
    public Map<String, Object> entry(TimelineEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", entry.id());
        map.put("kind", entry.kind().wireName());
        map.put("kindLabel", kindLabel(entry.kind()));
        text.putInstant(map, "at", entry.at());
        map.put("atLocal", text.localInput(entry.at()));
        map.put("text", entry.text());
        map.put("link", entry.link());
        map.put("source", entry.source().wireName());
        map.put("sourceLabel", sourceLabel(entry.source()));
        map.put("derived", entry.isDerived());
        map.put("deleted", entry.deleted());
        map.put("version", entry.version());
        return map;
    }

    private Map<String, Object> facts(DebriefView debrief) {
        IncidentFacts facts = debrief.facts();
        Map<String, Object> map = new LinkedHashMap<>();
        text.putInstant(map, "started", facts.startedAt());
        text.putInstant(map, "detected", facts.detectedAt());
        text.putInstant(map, "mitigated", facts.mitigatedAt());
        text.putInstant(map, "resolved", facts.resolvedAt());
        map.put("timeToDetect", text.answer(debrief.answers().identified()));
        map.put("timeToResolve", text.answer(debrief.answers().fixed()));
        return map;
    }

    private List<Map<String, Object>> manualKinds() {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            if (kind.isManual()) {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("value", kind.wireName());
                option.put("label", kindLabel(kind));
                kinds.add(option);
            }
        }
        return kinds;
    }

    private String kindLabel(EntryKind kind) {
        Messages messages = text.messages();
        return switch (kind) {
            case STARTED -> messages.text("debrief.timeline.kind.started");
            case DETECTED -> messages.text("debrief.timeline.kind.detected");
            case MITIGATED -> messages.text("debrief.timeline.kind.mitigated");
            case RESOLVED -> messages.text("debrief.timeline.kind.resolved");
            case NOTE -> messages.text("debrief.timeline.kind.note");
            case ACTION -> messages.text("debrief.timeline.kind.action");
            case DEPLOY -> messages.text("debrief.timeline.kind.deploy");
            case ALERT -> messages.text("debrief.timeline.kind.alert");
            case CUSTOMER_REPORT -> messages.text("debrief.timeline.kind.customer-report");
            case ACKNOWLEDGED -> messages.text("debrief.timeline.kind.acknowledged");
            case CHANGE -> messages.text("debrief.timeline.kind.change");
            case PROVIDER -> messages.text("debrief.timeline.kind.provider");
            case STATUS_CHANGE -> messages.text("debrief.timeline.kind.status-change");
            case COMMENT -> messages.text("debrief.timeline.kind.comment");
        };
    }

    private String sourceLabel(EntrySource source) {
        Messages messages = text.messages();
        return switch (source) {
            case MANUAL -> null;
            case JIRA_HISTORY -> messages.text("debrief.timeline.source.jira-history");
            case COMMENT -> messages.text("debrief.timeline.source.comment");
            case LINK -> messages.text("debrief.timeline.source.link");
            case EXTERNAL -> messages.text("debrief.timeline.source.external");
        };
    }
}
