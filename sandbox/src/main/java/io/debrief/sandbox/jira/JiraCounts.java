package io.debrief.sandbox.jira;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the plugin asked of the hosted Jira, counted: issue searches, the issues they returned (each one materialised
 * in Jira) and per-issue link lookups. Read by tests and scale checks (issue 17); never by the plugin.
 */
public final class JiraCounts {

    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong issuesReturned = new AtomicLong();
    private final AtomicLong linkLookups = new AtomicLong();

    void searched(int returned) {
        searches.incrementAndGet();
        issuesReturned.addAndGet(returned);
    }

    void linksLookedUp() {
        linkLookups.incrementAndGet();
    }

    public long searches() {
        return searches.get();
    }

    public long issuesReturned() {
        return issuesReturned.get();
    }

    public long linkLookups() {
        return linkLookups.get();
    }

    /** Starts counting again from zero. */
    public void reset() {
        searches.set(0);
        issuesReturned.set(0);
        linkLookups.set(0);
    }
}
