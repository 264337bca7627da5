package io.debrief.core.intake;

/** What one delivery did: events read from the payload, newly stored, and already known (sent again). */
public record IntakeReceipt(int received, int stored, int duplicates) {}
