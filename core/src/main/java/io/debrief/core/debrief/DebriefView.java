package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.incident.Finding;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.lint.LintFinding;
import io.debrief.core.settings.Targets;
import java.util.List;
import java.util.Map;

/**
 * Everything a debrief page shows: the debrief, its phase, the facts and their gaps, the standard answers, the
 * targets used, and blameless-lint findings per text field ("analysis", "impact.affected", ...). A published
 * debrief shows the facts and targets its {@link PublishedRecord} kept.
 */
public record DebriefView(
        Incident incident,
        Debrief debrief,
        DebriefPhase phase,
        IncidentFacts facts,
        List<Finding> findings,
        StandardAnswers answers,
        Targets targets,
        Map<String, List<LintFinding>> lint) {

    public DebriefView {
        findings = List.copyOf(findings);
        lint = Map.copyOf(lint);
    }

    /**
     * Whether {@code viewer} may change the incident's timeline now: they may edit the issue, and the debrief is not
     * published (publishing freezes the timeline the organisation learned from).
     */
    public boolean timelineEditableBy(Viewer viewer) {
        return viewer.canEdit(incident.ref()) && !debrief.isReadOnly();
    }

    /** Every phase measured in the facts against the targets, in {@link io.debrief.core.incident.Phase} order. */
    public List<MeasuredPhase> phases() {
        return MeasuredPhase.of(facts, targets);
    }

    /** Whether the facts, targets and answers are the ones kept at publication (not as things are now). */
    public boolean judgedAtPublication() {
        return debrief.record() != null;
    }
}
