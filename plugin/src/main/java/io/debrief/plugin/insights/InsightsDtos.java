package io.debrief.plugin.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.incident.Phase;
import io.debrief.core.insights.Figures;
import io.debrief.core.insights.InsightsReport;
import io.debrief.core.insights.PhaseFigures;
import io.debrief.core.insights.Share;
import io.debrief.core.insights.TeamRule;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The JSON shapes of the insights API. Durations are seconds (a median may end in .5); a figure that cannot be
 * told (no incident with both ends known) is null, never zero. Months are "yyyy-MM" (UTC).
 */
public final class InsightsDtos {

    private InsightsDtos() {}

    /** The whole report: the month series, the group table, the total, open items' ages and the repeats. */
    public record InsightsView(
            @JsonProperty("groupBy") String groupBy,
            @JsonProperty("team") TeamView team,
            @JsonProperty("phases") List<String> phases,
            @JsonProperty("ageBuckets") List<Integer> ageBuckets,
            @JsonProperty("targets") TargetsView targets,
            @JsonProperty("months") List<MonthView> months,
            @JsonProperty("groups") List<GroupView> groups,
            @JsonProperty("total") FiguresView total,
            @JsonProperty("openItemAges") List<Integer> openItemAges,
            @JsonProperty("repeats") List<RepeatView> repeats) {

        public static InsightsView of(InsightsReport report) {
            return new InsightsView(
                    report.groupBy().wireName(),
                    TeamView.of(report.team()),
                    Arrays.stream(Phase.values()).map(Phase::wireName).toList(),
                    InsightsReport.AGE_BUCKETS,
                    new TargetsView(
                            report.targets().detect().toSeconds(),
                            report.targets().resolve().toSeconds()),
                    report.months().stream()
                            .map(month -> new MonthView(month.month().toString(), FiguresView.of(month.figures())))
                            .toList(),
                    report.groups().stream()
                            .map(group ->
                                    new GroupView(group.key(), FiguresView.of(group.figures()), group.openItemAges()))
                            .toList(),
                    FiguresView.of(report.total()),
                    report.openItemAges(),
                    report.repeats().stream()
                            .map(repeat -> new RepeatView(
                                    repeat.earlier(),
                                    repeat.later(),
                                    repeat.component(),
                                    repeat.month().toString()))
                            .toList());
        }
    }

    /** What a team is: "component", or "label-prefix" with the prefix. */
    public record TeamView(
            @JsonProperty("source") String source,
            @JsonProperty("labelPrefix") String labelPrefix) {
        public static TeamView of(TeamRule rule) {
            return new TeamView(rule.source().wireName(), rule.labelPrefix());
        }
    }

    public record TargetsView(
            @JsonProperty("detectSeconds") long detectSeconds,
            @JsonProperty("resolveSeconds") long resolveSeconds) {}

    public record MonthView(
            @JsonProperty("month") String month,
            @JsonProperty("figures") FiguresView figures) {}

    public record GroupView(
            @JsonProperty("key") String key,
            @JsonProperty("figures") FiguresView figures,
            @JsonProperty("openItemAges") List<Integer> openItemAges) {}

    public record RepeatView(
            @JsonProperty("earlier") String earlier,
            @JsonProperty("later") String later,
            @JsonProperty("component") String component,
            @JsonProperty("month") String month) {}

    public record ShareView(
            @JsonProperty("met") int met,
            @JsonProperty("of") int of) {
        static ShareView of(Share share) {
            return new ShareView(share.met(), share.of());
        }
    }

    public record PhaseView(
            @JsonProperty("phase") String phase,
            @JsonProperty("known") int known,
            @JsonProperty("unknown") int unknown,
            @JsonProperty("medianSeconds") Double medianSeconds,
            @JsonProperty("p90Seconds") Double p90Seconds) {
        static PhaseView of(PhaseFigures phase) {
            return new PhaseView(
                    phase.phase(), phase.known(), phase.unknown(), value(phase.median()), value(phase.p90()));
        }
    }

    public record DebriefsView(
            @JsonProperty("onTime") int onTime,
            @JsonProperty("late") int late,
            @JsonProperty("missing") int missing,
            @JsonProperty("notDue") int notDue) {}

    public record ItemsView(
            @JsonProperty("created") int created,
            @JsonProperty("doneByDue") int doneByDue,
            @JsonProperty("overdue") int overdue,
            @JsonProperty("dropped") int dropped) {}

    public record FiguresView(
            @JsonProperty("incidents") int incidents,
            @JsonProperty("detectTarget") ShareView detectTarget,
            @JsonProperty("resolveTarget") ShareView resolveTarget,
            @JsonProperty("phases") List<PhaseView> phases,
            @JsonProperty("debriefs") DebriefsView debriefs,
            @JsonProperty("items") ItemsView items,
            @JsonProperty("repeats") int repeats) {

        static FiguresView of(Figures figures) {
            Figures.Debriefs debriefs = figures.debriefs();
            Figures.Items items = figures.items();
            return new FiguresView(
                    figures.incidents(),
                    ShareView.of(figures.detectTarget()),
                    ShareView.of(figures.resolveTarget()),
                    figures.phases().stream().map(PhaseView::of).toList(),
                    new DebriefsView(debriefs.onTime(), debriefs.late(), debriefs.missing(), debriefs.notDue()),
                    new ItemsView(items.created(), items.doneByDue(), items.overdue(), items.dropped()),
                    figures.repeats());
        }
    }

    /** The admin's choice of what a team is, as sent: source "component" or "label-prefix" (with labelPrefix). */
    public record TeamBody(
            @JsonProperty("source") String source,
            @JsonProperty("labelPrefix") String labelPrefix) {}

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
