package io.debrief.core.intake;

import io.debrief.core.timeline.EntryKind;

/** An external event offered as a timeline entry of {@code kind}, with why it matches the incident. */
public record SuggestedEntry(StoredEvent event, EntryKind kind, MatchReason reason) {}
