package io.debrief.plugin.incident;

import io.debrief.plugin.web.view.PhaseView;
import java.util.List;

/**
 * An incident's timeline as one reader sees it: the answer of {@code GET /incidents/{key}/timeline} and, through
 * {@link io.debrief.plugin.web.view.ViewData}, the data of the Timeline tab ({@code Debrief.Timeline.tab}).
 *
 * @param canEdit whether the reader may add and change entries (false once the debrief is published)
 * @param zone    the zone instants are displayed in
 * @param kinds   the kinds a person may record by hand, for the form
 * @param phases  every phase measured ({@link io.debrief.core.incident.Phase}), with its target where one exists
 */
public record TimelineView(
        String issueKey,
        boolean canEdit,
        String zone,
        List<TimelineEntryView> entries,
        Facts facts,
        List<FindingView> findings,
        List<Kind> kinds,
        List<PhaseView> phases) {

    /**
     * The incident's facts (ISO-8601 and display form) and its two timed answers against the project's targets
     * ({@code timeToDetect}, {@code timeToResolve}: the standard answers as the Debrief tab shows them);
     * {@code moments} lists every fact in order (impact started .. impact ended) with whether it is approximate.
     */
    public record Facts(
            String started,
            String startedDisplay,
            String detected,
            String detectedDisplay,
            String mitigated,
            String mitigatedDisplay,
            String resolved,
            String resolvedDisplay,
            AnswerView timeToDetect,
            AnswerView timeToResolve,
            List<Moment> moments) {}

    /** One fact: wire name, label, instant (ISO-8601, null when unknown) and display, approximate or not. */
    public record Moment(String fact, String label, String at, String atDisplay, boolean approximate) {}

    /** A kind of entry for the form: wire name and label. */
    public record Kind(String value, String label) {}
}
