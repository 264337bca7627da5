package io.debrief.plugin.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.debrief.core.common.Page;
import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.tracker.TrackedIssue;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.i18n.DurationText;
import io.debrief.plugin.web.i18n.PhaseText;
import io.debrief.plugin.web.i18n.ResultText;
import io.debrief.plugin.web.view.PhaseView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shapes of the debrief library API; durations in seconds (with their display text), instants ISO-8601
 * strings.
 */
public final class LibraryDtos {

    private LibraryDtos() {}

    /**
     * Time to detect or resolve ({@link Phase}) against its target; {@code seconds}, {@code display} and {@code met}
     * are null when the timeline does not tell. {@code display} and {@code targetDisplay} are written as every screen
     * writes durations ("1 h 13 min", "about 12 min" when {@code approximate}); {@code result} is the one result
     * vocabulary (met, missed, unknown).
     */
    public record MeasureView(
            @JsonProperty("seconds") Long seconds,
            @JsonProperty("targetSeconds") long targetSeconds,
            @JsonProperty("met") Boolean met,
            @JsonProperty("result") String result,
            @JsonProperty("display") String display,
            @JsonProperty("targetDisplay") String targetDisplay,
            @JsonProperty("approximate") boolean approximate) {

        static MeasureView of(Phase phase, IncidentFacts facts, Targets targets, DurationText durations) {
            Phase.Measure measure = phase.measure(facts);
            Duration target = targets.of(phase).orElseThrow();
            Optional<Duration> actual = measure.duration();
            Boolean met = actual.map(value -> Targets.met(value, target)).orElse(null);
            return new MeasureView(
                    actual.map(Duration::toSeconds).orElse(null),
                    target.toSeconds(),
                    met,
                    ResultText.of(met),
                    actual.map(value -> durations.of(value, measure.approximate()))
                            .orElse(null),
                    durations.of(target),
                    measure.approximate());
        }
    }

    /** An action item of a published debrief as the reader may see it now: status open or done. */
    public record ActionItemView(
            @JsonProperty("key") String key,
            @JsonProperty("summary") String summary,
            @JsonProperty("status") String status,
            @JsonProperty("assignee") String assignee,
            @JsonProperty("due") String due) {

        static ActionItemView of(TrackedIssue item) {
            return new ActionItemView(
                    item.key(),
                    item.summary(),
                    item.isOpen() ? "open" : "done",
                    item.assignee() == null ? null : item.assignee().displayName(),
                    item.due() == null ? null : item.due().toString());
        }
    }

    /** One row of the library. */
    public record EntryView(
            @JsonProperty("key") String key,
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("severity") String severity,
            @JsonProperty("publishedAt") String publishedAt,
            @JsonProperty("timeToDetect") MeasureView timeToDetect,
            @JsonProperty("timeToResolve") MeasureView timeToResolve,
            @JsonProperty("actionItemsOpen") int actionItemsOpen,
            @JsonProperty("actionItemsClosed") int actionItemsClosed) {

        public static EntryView of(LibraryEntry entry, DurationText durations) {
            Incident incident = entry.incident();
            return new EntryView(
                    incident.key(),
                    incident.projectKey(),
                    incident.summary(),
                    incident.severityIfKnown()
                            .map(severity -> severity.wireName())
                            .orElse(null),
                    JsonOutput.instant(entry.debrief().publishedAt()),
                    MeasureView.of(Phase.DETECT, entry.facts(), entry.targets(), durations),
                    MeasureView.of(Phase.RESOLVE, entry.facts(), entry.targets(), durations),
                    entry.actionItemsOpen(),
                    entry.actionItemsClosed());
        }
    }

    /** One page of the library. */
    public record LibraryView(
            @JsonProperty("items") List<EntryView> items,
            @JsonProperty("start") int start,
            @JsonProperty("limit") int limit,
            @JsonProperty("total") long total) {

        public static LibraryView of(Page<LibraryEntry> page, int limit, DurationText durations) {
            return new LibraryView(
                    page.items().stream()
                            .map(entry -> EntryView.of(entry, durations))
                            .toList(),
                    page.start(),
                    limit,
                    page.total());
        }
    }

    /** What the incident cost. */
    public record ImpactView(
            @JsonProperty("affected") String affected,
            @JsonProperty("affectedCount") Long affectedCount,
            @JsonProperty("duration") String duration,
            @JsonProperty("cost") String cost) {}

    /**
     * One standard question's answer: yes, no or unknown (with the i18n key of why), and its result in the one
     * vocabulary (met, missed, yes, no, unknown).
     */
    public record AnswerView(
            @JsonProperty("question") String question,
            @JsonProperty("answer") String answer,
            @JsonProperty("result") String result,
            @JsonProperty("actualSeconds") Long actualSeconds,
            @JsonProperty("targetSeconds") Long targetSeconds,
            @JsonProperty("reasonKey") String reasonKey) {

        static AnswerView of(Answer answer) {
            String question = JsonOutput.wireName(answer.question());
            if (answer instanceof Answer.Yes yes) {
                return new AnswerView(
                        question, "yes", ResultText.of(answer), seconds(yes.actual()), seconds(yes.target()), null);
            }
            if (answer instanceof Answer.No no) {
                return new AnswerView(
                        question, "no", ResultText.of(answer), seconds(no.actual()), seconds(no.target()), null);
            }
            return new AnswerView(
                    question, "unknown", ResultText.of(answer), null, null, ((Answer.Unknown) answer).reasonKey());
        }

        private static Long seconds(Duration duration) {
            return duration == null ? null : duration.toSeconds();
        }
    }

    /** One timeline entry, read-only. */
    public record PublishedEntryView(
            @JsonProperty("kind") String kind,
            @JsonProperty("at") String at,
            @JsonProperty("text") String text,
            @JsonProperty("link") String link,
            @JsonProperty("source") String source,
            @JsonProperty("approximate") boolean approximate) {

        static PublishedEntryView of(TimelineEntry entry) {
            return new PublishedEntryView(
                    entry.kind().wireName(),
                    JsonOutput.instant(entry.at()),
                    entry.text(),
                    entry.link(),
                    entry.source().wireName(),
                    entry.approximate());
        }
    }

    /** A published debrief with its timeline, read-only. */
    public record PublishedDebriefView(
            @JsonProperty("key") String key,
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("severity") String severity,
            @JsonProperty("heldAt") String heldAt,
            @JsonProperty("publishedAt") String publishedAt,
            @JsonProperty("impact") ImpactView impact,
            @JsonProperty("analysis") String analysis,
            @JsonProperty("autoResolved") String autoResolved,
            @JsonProperty("timeToDetect") MeasureView timeToDetect,
            @JsonProperty("timeToResolve") MeasureView timeToResolve,
            @JsonProperty("phases") List<PhaseView> phases,
            @JsonProperty("answers") List<AnswerView> answers,
            @JsonProperty("timeline") List<PublishedEntryView> timeline,
            @JsonProperty("actionItems") List<ActionItemView> actionItems) {

        /** The debrief as published: its phases measured on the facts and against the targets kept then. */
        public static PublishedDebriefView of(PublishedDebrief published, DurationText durations, PhaseText phases) {
            DebriefView view = published.view();
            Incident incident = view.incident();
            Debrief debrief = view.debrief();
            IncidentFacts facts = view.facts();
            Targets targets = view.targets();
            return new PublishedDebriefView(
                    incident.key(),
                    incident.projectKey(),
                    incident.summary(),
                    incident.severityIfKnown()
                            .map(severity -> severity.wireName())
                            .orElse(null),
                    JsonOutput.instant(debrief.heldAt()),
                    JsonOutput.instant(debrief.publishedAt()),
                    new ImpactView(
                            debrief.impact().affected(),
                            debrief.impact().affectedCount(),
                            debrief.impact().duration(),
                            debrief.impact().cost()),
                    debrief.analysis(),
                    JsonOutput.wireName(debrief.autoResolved()),
                    MeasureView.of(Phase.DETECT, facts, targets, durations),
                    MeasureView.of(Phase.RESOLVE, facts, targets, durations),
                    phases.of(view.phases()),
                    view.answers().all().stream().map(AnswerView::of).toList(),
                    published.timeline().stream().map(PublishedEntryView::of).toList(),
                    published.actionItems().stream().map(ActionItemView::of).toList());
        }
    }
}
