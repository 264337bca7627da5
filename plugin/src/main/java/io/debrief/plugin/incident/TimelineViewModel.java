package io.debrief.plugin.incident;

import io.debrief.core.debrief.DebriefView;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.i18n.Messages;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an incident's timeline and facts into a {@link TimelineView}: the REST answer of
 * {@code GET /incidents/{key}/timeline} and, as {@link io.debrief.plugin.web.view.ViewData} of the same record, the
 * data of the Timeline tab ({@code Debrief.Timeline.tab}), so the tab, the sandbox and the API agree.
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
    public TimelineView of(List<TimelineEntry> entries, DebriefView debrief, boolean canEdit) {
        return new TimelineView(
                debrief.incident().key(),
                canEdit,
                text.zone().getId(),
                entries.stream().map(this::entry).toList(),
                facts(debrief),
                text.findings(debrief.findings()),
                manualKinds(),
                text.phases(debrief.phases()));
    }

    /** One entry as the tab and the API show it. */
    public TimelineEntryView entry(TimelineEntry entry) {
        return new TimelineEntryView(
                entry.id(),
                entry.kind().wireName(),
                kindLabel(entry.kind()),
                JsonOutput.instant(entry.at()),
                text.display(entry.at()),
                text.localInput(entry.at()),
                entry.text(),
                entry.link(),
                entry.source().wireName(),
                sourceLabel(entry.source()),
                entry.isDerived(),
                entry.deleted(),
                entry.version(),
                entry.approximate());
    }

    private TimelineView.Facts facts(DebriefView debrief) {
        IncidentFacts facts = debrief.facts();
        return new TimelineView.Facts(
                JsonOutput.instant(facts.startedAt()),
                text.display(facts.startedAt()),
                JsonOutput.instant(facts.detectedAt()),
                text.display(facts.detectedAt()),
                JsonOutput.instant(facts.mitigatedAt()),
                text.display(facts.mitigatedAt()),
                JsonOutput.instant(facts.resolvedAt()),
                text.display(facts.resolvedAt()),
                text.answer(debrief.answers().identified()),
                text.answer(debrief.answers().fixed()),
                Arrays.stream(Fact.values())
                        .map(fact -> new TimelineView.Moment(
                                fact.wireName(),
                                text.messages().text(fact.messageKey()),
                                JsonOutput.instant(facts.at(fact)),
                                text.display(facts.at(fact)),
                                facts.isApproximate(fact)))
                        .toList());
    }

    private List<TimelineView.Kind> manualKinds() {
        return Arrays.stream(EntryKind.values())
                .filter(EntryKind::isManual)
                .map(kind -> new TimelineView.Kind(kind.wireName(), kindLabel(kind)))
                .toList();
    }

    private String kindLabel(EntryKind kind) {
        Messages messages = text.messages();
        return switch (kind) {
            case IMPACT_STARTED -> messages.text("debrief.timeline.kind.impact-started");
            case IMPACT_ENDED -> messages.text("debrief.timeline.kind.impact-ended");
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
