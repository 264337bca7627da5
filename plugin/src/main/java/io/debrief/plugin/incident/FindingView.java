package io.debrief.plugin.incident;

/**
 * One finding on an incident's timeline (a fact out of order, a missing one), as the tabs and their REST answers show
 * it: {@code kind} by wire name and the localized {@code text}.
 */
public record FindingView(String kind, String text) {}
