package io.debrief.plugin.incident;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Answer;
import io.debrief.core.debrief.MeasuredPhase;
import io.debrief.core.debrief.Question;
import io.debrief.core.incident.Finding;
import io.debrief.core.lint.LintFinding;
import io.debrief.plugin.rest.json.JsonOutput;
import io.debrief.plugin.web.i18n.DurationText;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.i18n.PhaseText;
import io.debrief.plugin.web.i18n.ResultText;
import io.debrief.plugin.web.view.PhaseView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader's view of instants, durations, findings and lint hints, shared by both incident tabs and their REST
 * answers so every place shows the same words and numbers.
 */
final class ViewText {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Messages messages;
    private final DurationText durations;
    private final ResultText results;
    private final PhaseText phases;
    private final ZoneId zone;

    ViewText(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.durations = new DurationText(messages);
        this.results = new ResultText(messages);
        this.phases = new PhaseText(messages);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    Messages messages() {
        return messages;
    }

    ZoneId zone() {
        return zone;
    }

    /** "2026-03-01 10:05 UTC" in the reader's zone; null stays null. */
    String display(Instant instant) {
        return instant == null ? null : DISPLAY.format(instant.atZone(zone)) + " " + zone.getId();
    }

    /** The value of a datetime-local input in the reader's zone ("2026-03-01T10:05"); null stays null. */
    String localInput(Instant instant) {
        return instant == null ? null : LOCAL_INPUT.format(instant.atZone(zone));
    }

    /** "45 s", "12 min", "1 h", "2 h 5 min", "3 d 4 h" (see {@link DurationText}). */
    String duration(Duration duration) {
        return durations.of(duration);
    }

    /** A measured duration: "12 min", or "about 12 min" when it is built on an approximate moment; null stays null. */
    String duration(Duration duration, boolean approximate) {
        return durations.of(duration, approximate);
    }

    /** Every phase as the tabs show it: value or "unknown", definition, target and met/missed where one exists. */
    List<PhaseView> phases(List<MeasuredPhase> phases) {
        return this.phases.of(phases);
    }

    List<FindingView> findings(List<Finding> findings) {
        return findings.stream()
                .map(finding ->
                        new FindingView(JsonOutput.wireName(finding.kind()), messages.text(finding.messageKey())))
                .toList();
    }

    /**
     * Lint findings with their family, the reason a facilitator gives and a rewrite about the system, localized; the
     * same shape for POST /lint and the debrief tab ({@link LintFindingView}).
     */
    List<LintFindingView> lint(List<LintFinding> findings) {
        return findings.stream()
                .map(finding -> {
                    String family = JsonOutput.wireName(finding.family());
                    return new LintFindingView(
                            finding.start(),
                            finding.end(),
                            family,
                            messages.text("debrief.lint.family." + family),
                            finding.match(),
                            messages.text(finding.reasonKey()),
                            messages.text(
                                    finding.rewriteKey(), finding.rewriteArgs().toArray()));
                })
                .toList();
    }

    /**
     * One standard answer: the question, yes/no/unknown, the numbers behind it, one plain sentence
     * ("Identified in 12 min, target 5 min: no") and the drafted action item of a "no" or "unknown".
     */
    AnswerView answer(Answer answer) {
        return answer(answer, null);
    }

    /**
     * As {@link #answer(Answer)}, with what became of its suggestion: {@code draft.taken} true once it was made into an
     * item, and {@code draft.item} (key, url) when the reader may see that item.
     *
     * @param taken null: not taken; empty: taken by an item the reader may not see (or still being created)
     */
    AnswerView answer(Answer answer, Optional<IssueRef> taken) {
        Question question = answer.question();
        Duration actual = null;
        Duration target = null;
        boolean approximate = false;
        String value;
        String reason = null;
        if (answer instanceof Answer.Yes yes) {
            value = "yes";
            actual = yes.actual();
            target = yes.target();
            approximate = yes.approximate();
        } else if (answer instanceof Answer.No no) {
            value = "no";
            actual = no.actual();
            target = no.target();
            approximate = no.approximate();
        } else {
            value = "unknown";
            reason = messages.text(((Answer.Unknown) answer).reasonKey());
        }
        AnswerView.Draft draft = answer.draft()
                .map(suggested -> new AnswerView.Draft(
                        suggested.category().wireName(),
                        messages.text(suggested.summaryKey(), durations.arguments(suggested.summaryArgs())),
                        taken != null,
                        taken == null
                                ? null
                                : taken.map(item -> new AnswerView.Item(item.key(), "/browse/" + item.key()))
                                        .orElse(null)))
                .orElse(null);
        return new AnswerView(
                JsonOutput.wireName(question),
                messages.text(question.messageKey()),
                value,
                ResultText.of(answer),
                results.text(ResultText.of(answer)),
                actual == null ? null : actual.toSeconds(),
                target == null ? null : target.toSeconds(),
                duration(actual, approximate),
                duration(target),
                reason,
                summary(question, value, duration(actual, approximate), target, reason),
                draft,
                approximate);
    }

    private String summary(Question question, String value, String actual, Duration target, String reason) {
        if (reason != null) {
            return reason;
        }
        if (actual == null || target == null) {
            return results.text(value);
        }
        String key = switch (question) {
            case IDENTIFIED_WITHIN_TARGET -> "debrief.incident.answer.identified";
            case ACKNOWLEDGED_WITHIN_TARGET -> "debrief.incident.answer.acknowledged";
            case MITIGATED_WITHIN_TARGET -> "debrief.incident.answer.mitigated";
            default -> "debrief.incident.answer.fixed";
        };
        return messages.text(key, actual, duration(target));
    }
}
