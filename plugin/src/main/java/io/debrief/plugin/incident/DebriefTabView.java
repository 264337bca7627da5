package io.debrief.plugin.incident;

import io.debrief.plugin.web.view.PhaseView;
import java.util.List;

/**
 * An incident's debrief as one reader sees it: the answer of {@code GET /incidents/{key}/debrief} (and of its
 * writes) and, through {@link io.debrief.plugin.web.view.ViewData}, the data of the Debrief tab
 * ({@code Debrief.Debrief.tab}). Instants in ISO-8601 with their display form ({@code xxxDisplay}).
 *
 * @param readOnly           published: nobody changes it any more
 * @param canEdit            whether the reader may change it now
 * @param phaseDue           whether the debrief is due or overdue
 * @param dueStart           when the window to hold it opens (resolved + its start), null while unresolved
 * @param findings           the timeline's findings (facts out of order, missing)
 * @param holdOverride       null, or why it was held although its timeline was out of order
 * @param holdLintSeen       null, or how many lint hints the holder confirmed having seen
 * @param judgedAtPublication the answers and targets are the ones kept at publication
 * @param phases             every phase measured, with its definition, target and result where a target exists
 */
public record DebriefTabView(
        String issueKey,
        boolean readOnly,
        boolean canEdit,
        String status,
        String phase,
        boolean phaseDue,
        String dueStart,
        String dueStartDisplay,
        String dueEnd,
        String dueEndDisplay,
        String heldAt,
        String heldAtDisplay,
        String publishedAt,
        String publishedAtDisplay,
        Impact impact,
        String analysis,
        String autoResolved,
        int version,
        List<AnswerView> answers,
        List<FindingView> findings,
        boolean timelineOutOfOrder,
        String holdOverride,
        Integer holdLintSeen,
        boolean judgedAtPublication,
        Targets targets,
        Lint lint,
        List<PhaseView> phases) {

    /** What the incident cost, as written. */
    public record Impact(String affected, Long count, String duration, String cost) {}

    /**
     * The project's targets the answers are judged against, as display text; {@code acknowledge} and
     * {@code mitigate} null when the project sets none.
     */
    public record Targets(String detect, String resolve, String acknowledge, String mitigate) {}

    /** The blameless-lint hints of each free-text field. */
    public record Lint(
            List<LintFindingView> analysis,
            List<LintFindingView> affected,
            List<LintFindingView> duration,
            List<LintFindingView> cost) {}
}
