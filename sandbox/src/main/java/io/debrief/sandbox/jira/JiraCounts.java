package io.debrief.sandbox.jira;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the plugin asked of the hosted Jira, counted: issue searches, the issues they returned (each one materialised
 * in Jira), per-issue link lookups, issues looked up one by one (IssueManager by id or key) and permission checks on
 * one issue (PermissionManager with an Issue). Read by tests and scale checks (issue 17); never by the plugin.
 */
public final class JiraCounts {

    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong issuesReturned = new AtomicLong();
    private final AtomicLong linkLookups = new AtomicLong();
    private final AtomicLong issueLookups = new AtomicLong();
    private final AtomicLong issueChecks = new AtomicLong();

    void searched(int returned) {
        searches.incrementAndGet();
        issuesReturned.addAndGet(returned);
    }

    void linksLookedUp() {
        linkLookups.incrementAndGet();
    }

    void issueLookedUp() {
        issueLookups.incrementAndGet();
    }

    void issueChecked() {
        issueChecks.incrementAndGet();
    }

    /** Permission checks on one issue ({@code PermissionManager.hasPermission(key, Issue, user)}). */
    public long issueChecks() {
        return issueChecks.get();
    }

    /** Issues read one by one ({@code IssueManager.getIssueObject}), by the plugin or by the host serving it. */
    public long issueLookups() {
        return issueLookups.get();
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
        issueLookups.set(0);
        issueChecks.set(0);
    }
}
