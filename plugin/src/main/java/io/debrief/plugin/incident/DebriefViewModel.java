package io.debrief.plugin.incident;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefPhase;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.DueWindow;
import io.debrief.core.debrief.Question;
import io.debrief.core.lint.LintFinding;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns core's {@link DebriefView} into a {@link DebriefTabView}: the REST answer of
 * {@code GET /incidents/{key}/debrief} and, as {@link io.debrief.plugin.web.view.ViewData} of the same record, the data of the Debrief tab
 * ({@code Debrief.Debrief.tab}).
 */
public final class DebriefViewModel {

    private final ViewText text;

    public DebriefViewModel(Messages messages, ZoneId zone) {
        this.text = new ViewText(messages, zone);
    }

    /**
     * @param canEdit whether the reader may edit the incident; a published debrief is read-only for everyone anyway
     * @param taken   the suggestions already made into items: the item when the reader may see it, else empty
     */
    public DebriefTabView of(DebriefView view, boolean canEdit, Map<Question, Optional<IssueRef>> taken) {
        Debrief debrief = view.debrief();
        Instant resolved = view.facts().resolvedAt();
        Instant dueStart = resolved == null ? null : DueWindow.opens(resolved);
        Instant dueEnd = resolved == null ? null : DueWindow.closes(resolved);
        return new DebriefTabView(
                view.incident().key(),
                debrief.isReadOnly(),
                canEdit && !debrief.isReadOnly(),
                debrief.status().wireName(),
                view.phase().wireName(),
                view.phase() == DebriefPhase.DUE || view.phase() == DebriefPhase.OVERDUE,
                JsonOutput.instant(dueStart),
                text.display(dueStart),
                JsonOutput.instant(dueEnd),
                text.display(dueEnd),
                JsonOutput.instant(debrief.heldAt()),
                text.display(debrief.heldAt()),
                JsonOutput.instant(debrief.publishedAt()),
                text.display(debrief.publishedAt()),
                new DebriefTabView.Impact(
                        debrief.impact().affected(),
                        debrief.impact().affectedCount(),
                        debrief.impact().duration(),
                        debrief.impact().cost()),
                debrief.analysis(),
                debrief.autoResolved().wireName(),
                debrief.version(),
                view.answers().all().stream()
                        .map(answer -> text.answer(answer, taken.get(answer.question())))
                        .toList(),
                text.findings(view.findings()),
                view.findings().stream().anyMatch(finding -> finding.kind().isOutOfOrder()),
                debrief.holdOverride(),
                debrief.holdLintSeen(),
                view.judgedAtPublication(),
                new DebriefTabView.Targets(
                        text.duration(view.targets().detect()),
                        text.duration(view.targets().resolve()),
                        text.duration(view.targets().acknowledge()),
                        text.duration(view.targets().mitigate())),
                new DebriefTabView.Lint(
                        lintOf(view, "analysis"),
                        lintOf(view, "impact.affected"),
                        lintOf(view, "impact.duration"),
                        lintOf(view, "impact.cost")),
                text.phases(view.phases()));
    }

    /** Lint findings of free text as POST /lint answers them. */
    public List<LintFindingView> lint(List<LintFinding> findings) {
        return text.lint(findings);
    }

    private List<LintFindingView> lintOf(DebriefView view, String field) {
        return text.lint(view.lint().getOrDefault(field, List.of()));
    }
}
