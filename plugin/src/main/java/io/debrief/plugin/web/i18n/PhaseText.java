package io.debrief.plugin.web.i18n;

import io.debrief.core.debrief.MeasuredPhase;
import io.debrief.core.incident.Phase;
import io.debrief.plugin.web.view.PhaseView;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The measured phases of an incident in the reader's words: name, definition, value or "unknown", target and met or
 * missed; one mapping for the incident tabs and a published debrief in the library.
 */
public final class PhaseText {

    private final Messages messages;
    private final DurationText durations;

    public PhaseText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.durations = new DurationText(messages);
    }

    /** Every phase as shown: value or "unknown", definition, target and met/missed where one exists. */
    public List<PhaseView> of(List<MeasuredPhase> phases) {
        return phases.stream().map(this::phase).toList();
    }

    private PhaseView phase(MeasuredPhase measured) {
        Phase phase = measured.phase();
        Phase.Measure measure = measured.measure();
        Duration target = measured.target();
        return new PhaseView(
                phase.wireName(),
                messages.text(phase.nameKey()),
                messages.text(phase.definitionKey()),
                phase.from().wireName(),
                phase.to().wireName(),
                measure.status().wireName(),
                measure.known() ? measure.took().toSeconds() : null,
                measure.known()
                        ? durations.of(measure.took(), measure.approximate())
                        : messages.text("debrief.phase.unknown"),
                measure.approximate(),
                target == null ? null : target.toSeconds(),
                durations.of(target),
                target == null ? null : ResultText.of(measured.met().orElse(null)));
    }
}
