package io.debrief.core.followthrough;

/**
 * Hands reminders and digests over to the tracker's mail (port; Jira: its mail queue), each in the recipient's
 * words. Returns whether the mail was handed over: false when the recipient has no address to write to.
 */
public interface Outbox {

    boolean remind(Reminder reminder);

    boolean digest(Digest digest);
}
