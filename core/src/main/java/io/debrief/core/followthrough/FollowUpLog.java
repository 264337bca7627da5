package io.debrief.core.followthrough;

import java.time.Instant;

/**
 * What was sent, remembered so that a rerun, or the same job on a second node, never sends it again (port).
 *
 * <p>A claim is taken before the mail is handed over: whoever records the key first sends, every other claim of it
 * answers false. So a mail goes at most once; one whose hand-over failed after its claim is not retried.
 */
public interface FollowUpLog {

    /** Records the key; true when this call recorded it, false when it was recorded before (here or on another node). */
    boolean claim(String key, Instant at);
}
