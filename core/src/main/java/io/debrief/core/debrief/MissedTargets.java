package io.debrief.core.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineStore;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether a resolved incident missed its project's target for a phase (identified, acknowledged, mitigated, fully
 * fixed), as its standard questions answer it from its timeline. An incident whose timeline cannot tell (no real
 * start) missed nothing, and neither does one whose project sets no target for the phase.
 */
public final class MissedTargets {

    /** The measured question asked: the phase it times. */
    public enum Measure {
        IDENTIFIED(Phase.DETECT),
        FIXED(Phase.RESOLVE);

        private final Phase phase;

        Measure(Phase phase) {
            this.phase = phase;
        }

        public Phase phase() {
            return phase;
        }
    }

    private final TimelineStore timelines;
    private final DerivedEntries derived;
    private final Function<String, Targets> targetsOfProject;

    public MissedTargets(TimelineStore timelines, DerivedEntries derived, Function<String, Targets> targetsOfProject) {
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.derived = Objects.requireNonNull(derived, "derived");
        this.targetsOfProject = Objects.requireNonNull(targetsOfProject, "targetsOfProject");
    }

    public boolean missed(Incident incident, Measure measure) {
        return missed(incident, measure.phase());
    }

    /** Whether the incident took longer than its project's target for {@code phase}; false without a target. */
    public boolean missed(Incident incident, Phase phase) {
        IncidentFacts facts = Timeline.load(incident, timelines, derived).facts(incident);
        StandardAnswers answers =
                StandardQuestions.answer(facts, targetsOfProject.apply(incident.projectKey()), AutoResolved.UNANSWERED);
        return answers.all().stream()
                .filter(answer -> answer.question().phase().orElse(null) == phase)
                .anyMatch(Answer.No.class::isInstance);
    }
}
