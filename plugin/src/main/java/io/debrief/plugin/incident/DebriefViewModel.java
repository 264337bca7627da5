package io.debrief.plugin.incident;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefPhase;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.DueWindow;
import io.debrief.core.debrief.Question;
import io.debrief.core.lint.LintFinding;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.ViewData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns core's {@link DebriefView} into the data of the Debrief tab ({@code Debrief.Debrief.tab}); the REST answer of
 * {@code GET /incidents/{key}/debrief} is the same map.
 *
 * <p>Shape: {@code issueKey, canEdit, readOnly, status, phase, dueStart, dueEnd (+Display), impact{affected, count,
 * duration, cost}, analysis, autoResolved, version, answers[see ViewText#answer], findings[{kind, text}],
 * timelineOutOfOrder, holdOverride (null or the reason it was held anyway), holdLintSeen (null or how many lint
 * hints the holder confirmed having seen), judgedAtPublication (the answers and
 * targets are the ones kept at publication), targets{detect, resolve} (formatted),
 * lint{analysis, affected, duration, cost: [{start, end, family, familyText, match, reason, rewrite}]}, publishedAt, heldAt (+Display)}}.
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
    public Map<String, Object> of(DebriefView view, boolean canEdit, Map<Question, Optional<IssueRef>> taken) {
        Debrief debrief = view.debrief();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issueKey", view.incident().key());
        data.put("readOnly", debrief.isReadOnly());
        data.put("canEdit", canEdit && !debrief.isReadOnly());
        data.put("status", debrief.status().wireName());
        data.put("phase", view.phase().wireName());
        data.put("phaseDue", view.phase() == DebriefPhase.DUE || view.phase() == DebriefPhase.OVERDUE);
        Instant resolved = view.facts().resolvedAt();
        text.putInstant(data, "dueStart", resolved == null ? null : DueWindow.opens(resolved));
        text.putInstant(data, "dueEnd", resolved == null ? null : DueWindow.closes(resolved));
        text.putInstant(data, "heldAt", debrief.heldAt());
        text.putInstant(data, "publishedAt", debrief.publishedAt());
        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("affected", debrief.impact().affected());
        impact.put("count", debrief.impact().affectedCount());
        impact.put("duration", debrief.impact().duration());
        impact.put("cost", debrief.impact().cost());
        data.put("impact", impact);
        data.put("analysis", debrief.analysis());
        data.put("autoResolved", debrief.autoResolved().wireName());
        data.put("version", debrief.version());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Answer answer : view.answers().all()) {
            answers.add(text.answer(answer, taken.get(answer.question())));
        }
        data.put("answers", answers);
        data.put("findings", ViewData.value(text.findings(view.findings())));
        data.put("timelineOutOfOrder", view.findings().stream().anyMatch(finding -> finding.kind().isOutOfOrder()));
        data.put("holdOverride", debrief.holdOverride());
        data.put("holdLintSeen", debrief.holdLintSeen());
        data.put("judgedAtPublication", view.judgedAtPublication());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("detect", text.duration(view.targets().detect()));
        targets.put("resolve", text.duration(view.targets().resolve()));
        data.put("targets", targets);
        Map<String, Object> lint = new LinkedHashMap<>();
        lint.put("analysis", lintOf(view, "analysis"));
        lint.put("affected", lintOf(view, "impact.affected"));
        lint.put("duration", lintOf(view, "impact.duration"));
        lint.put("cost", lintOf(view, "impact.cost"));
        data.put("lint", lint);
        return data;
    }

    /** Lint findings of free text as POST /lint answers them. */
    public List<LintFindingView> lint(List<LintFinding> findings) {
        return text.lint(findings);
    }

    private Object lintOf(DebriefView view, String field) {
        return ViewData.value(text.lint(view.lint().getOrDefault(field, List.of())));
    }
}
