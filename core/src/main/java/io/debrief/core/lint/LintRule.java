package io.debrief.core.lint;

/** Why a passage reads as blaming: blame wording, a named person, or an @mention of a person. */
public enum LintRule {
    BLAME_WORDING,
    NAMED_PERSON,
    MENTION
}
