package io.debrief.plugin.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.ViewData;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data of an incident's Timeline and Debrief tabs for one reader, read through core's use cases (which refuse
 * as {@link io.debrief.core.incident.IncidentAccess} says); used by the REST resources, the Jira tab panels and the sandbox alike.
 */
public final class IncidentPages {

    /** The web-resource holding the Timeline tab's templates, JS and CSS. */
    public static final String TIMELINE_RESOURCE = "debrief-timeline";
    /** The web-resource holding the Debrief tab's templates and JS. */
    public static final String DEBRIEF_RESOURCE = "debrief-debrief";

    public static final String TIMELINE_TEMPLATE = "Debrief.Timeline.tab";
    public static final String DEBRIEF_TEMPLATE = "Debrief.Debrief.tab";

    private final RecordingTimeline timeline;
    private final WritingDebrief debriefs;
    private final TrackingActionItems actionItems;
    private final TimelineViewModel timelineModel;
    private final DebriefViewModel debriefModel;

    /**
     * @param actionItems for the debrief's suggestions already made into items
     * @param zone the zone instants are shown in (the reader's, or UTC when unknown)
     */
    public IncidentPages(
            RecordingTimeline timeline,
            WritingDebrief debriefs,
            TrackingActionItems actionItems,
            Messages messages,
            ZoneId zone) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.timelineModel = new TimelineViewModel(messages, zone);
        this.debriefModel = new DebriefViewModel(messages, zone);
    }

    /**
     * The Timeline tab's data; deleted entries are included for editors only when asked (core refuses the others).
     */
    public TimelineView timeline(String issueKey, Viewer viewer, boolean includeDeleted) {
        List<TimelineEntry> entries = timeline.list(issueKey, includeDeleted, viewer);
        DebriefView debrief = debriefs.view(issueKey, viewer);
        return timelineModel.of(entries, debrief, debrief.timelineEditableBy(viewer));
    }

    /**
     * The Timeline tab's template data as a reader sees it by default (editors also see deleted entries, to restore
     * them): the {@link TimelineView} the REST resource answers, as {@link ViewData}.
     */
    public Map<String, Object> timelineTab(String issueKey, Viewer viewer) {
        DebriefView debrief = debriefs.view(issueKey, viewer);
        boolean editor = debrief.timelineEditableBy(viewer);
        return ViewData.of(timelineModel.of(timeline.list(issueKey, editor, viewer), debrief, editor));
    }

    /** The Debrief tab's view, as the REST resource answers it. */
    public DebriefTabView debrief(String issueKey, Viewer viewer) {
        return debrief(debriefs.view(issueKey, viewer), viewer);
    }

    /** The Debrief tab's template data: the {@link DebriefTabView} the REST resource answers, as {@link ViewData}. */
    public Map<String, Object> debriefTab(String issueKey, Viewer viewer) {
        return ViewData.of(debrief(issueKey, viewer));
    }

    /** A debrief view core already produced (after a write), as the tab shows it. */
    public DebriefTabView debrief(DebriefView view, Viewer viewer) {
        return debriefModel.of(
                view, viewer.canEdit(view.incident().ref()), actionItems.suggestionsTaken(view.incident(), viewer));
    }

    /** One entry as the timeline shows it. */
    public TimelineEntryView entry(TimelineEntry entry) {
        return timelineModel.entry(entry);
    }
}
