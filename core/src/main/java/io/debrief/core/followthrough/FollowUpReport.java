package io.debrief.core.followthrough;

/**
 * What one follow-through run did.
 *
 * @param remindersSent reminders handed to the mail
 * @param digestsSent   digests handed to the mail
 * @param alreadySent   reminders and digests claimed before (by an earlier run or another node), not sent again
 * @param optedOut      reminders not sent because their assignee turned reminders off
 */
public record FollowUpReport(int remindersSent, int digestsSent, int alreadySent, int optedOut) {}
