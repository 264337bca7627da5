package io.debrief.core.lint;

/** The kind of blame a finding shows, as a facilitator would name it when stopping a sentence. */
public enum LintFamily {
    /** A person or role as the subject of a failure: "the on-call missed the page", "human error". */
    ACTOR,
    /** Counterfactuals and hindsight: "should have", "if only", "obviously", "simply had to". */
    HINDSIGHT,
    /** Judging questions and "why" aimed at a person: "why didn't you", "whose fault", "who approved this". */
    QUESTION,
    /** Prescriptions about people instead of the system: "be more careful", "retrain", "remind everyone". */
    PRESCRIPTION,
    /** Character words: careless, sloppy, negligent, incompetent. */
    CHARACTER,
    /** Named individuals: people on the incident, @mentions, handles, "Engineer A" next to a failure. */
    NAMED
}
