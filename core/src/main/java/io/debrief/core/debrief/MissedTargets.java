package io.debrief.core.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineStore;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether a resolved incident missed its project's target for being identified or fully fixed, as its standard
 * questions answer it from its timeline. An incident whose timeline cannot tell (no real start) missed nothing.
 */
public final class MissedTargets {

    /** The measured question asked. */
    public enum Measure {
        IDENTIFIED,
        FIXED
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
        IncidentFacts facts =
                Timeline.load(incident, timelines, derived).facts().resolvedAtLeastBy(incident.resolvedAt());
        StandardAnswers answers =
                StandardQuestions.answer(facts, targetsOfProject.apply(incident.projectKey()), AutoResolved.UNANSWERED);
        Answer answer = measure == Measure.IDENTIFIED ? answers.identified() : answers.fixed();
        return answer instanceof Answer.No;
    }
}
