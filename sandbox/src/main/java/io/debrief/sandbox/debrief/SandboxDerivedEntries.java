package io.debrief.sandbox.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.sandbox.SandboxIssue;
import io.debrief.sandbox.SandboxIssues;
import java.util.List;

/**
 * The tracker's own entries in an incident's timeline. The sandbox keeps no change history and no comments, so the
 * one status change it can tell is the resolution it records on the issue ({@code Open -> Done} at the resolution
 * time); Jira's adapter reads every status change and public comment from the issue history instead.
 */
final class SandboxDerivedEntries implements DerivedEntries {

    static final String RESOLVED_SOURCE = "history:resolved";

    private final SandboxIssues issues;

    SandboxDerivedEntries(SandboxIssues issues) {
        this.issues = issues;
    }

    @Override
    public List<TimelineEntry> of(Incident incident) {
        return issues.byId(incident.id()).filter(issue -> issue.resolved() != null)
                .map(issue -> List.of(resolution(issue)))
                .orElse(List.of());
    }

    private static TimelineEntry resolution(SandboxIssue issue) {
        return TimelineEntry.derived(issue.id(), EntryKind.STATUS_CHANGE, issue.resolved(),
                "Open \u2192 " + issue.status(), EntrySource.JIRA_HISTORY, RESOLVED_SOURCE + ":" + issue.id(), null);
    }
}
