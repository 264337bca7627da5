package io.debrief.core.checkpoint;

/**
 * What a person decided about one action item when closing a checkpoint, still as typed, so every refusal can name
 * its field ({@code outcomes[0].reason}).
 *
 * @param item    the item's issue key, e.g. OPS-7
 * @param outcome done, replanned or dropped
 * @param due     replanned only: the new due date, YYYY-MM-DD, not in the past
 * @param reason  dropped only: why the item will not be done
 */
public record OutcomeForm(String item, String outcome, String due, String reason) {}
