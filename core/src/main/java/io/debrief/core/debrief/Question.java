package io.debrief.core.debrief;

import io.debrief.core.incident.Phase;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The standard questions every debrief answers. */
public enum Question {
    IDENTIFIED_WITHIN_TARGET(Phase.DETECT),
    FIXED_WITHIN_TARGET(Phase.RESOLVE),
    AUTO_RESOLVED(null),
    /** Asked only when the project sets a target to acknowledge. */
    ACKNOWLEDGED_WITHIN_TARGET(Phase.ACKNOWLEDGE),
    /** Asked only when the project sets a target to mitigate. */
    MITIGATED_WITHIN_TARGET(Phase.MITIGATE);

    private final Phase phase;

    Question(Phase phase) {
        this.phase = phase;
    }

    /** The phase a timed question measures against its target; empty for auto-resolved. */
    public Optional<Phase> phase() {
        return Optional.ofNullable(phase);
    }

    /** The question's name on the wire: "identified-within-target". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The question with that wire name, if any. */
    public static Optional<Question> fromWire(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(question -> question.wireName().equals(wanted))
                .findFirst();
    }

    /** The i18n key of the question text ("debrief.question.identified-within-target"). */
    public String messageKey() {
        return "debrief.question." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
