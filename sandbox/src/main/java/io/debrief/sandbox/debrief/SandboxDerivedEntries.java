package io.debrief.sandbox.debrief;

import io.debrief.core.incident.Incident;
import io.debrief.core.timeline.CommentExcerpt;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.sandbox.SandboxIssues;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker's own entries in an incident's timeline, as Jira's adapter derives them: every status change from the
 * issue's history ({@code history:<id>:status}) and every comment ({@code comment:<id>}, cut to
 * {@link CommentExcerpt}). Sandbox comments have no group or role restriction, so all of them may be published.
 */
final class SandboxDerivedEntries implements DerivedEntries {

    private final SandboxIssues issues;

    SandboxDerivedEntries(SandboxIssues issues) {
        this.issues = issues;
    }

    @Override
    public List<TimelineEntry> of(Incident incident) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (SandboxIssues.StatusChange change : issues.statusChanges(incident.id())) {
            entries.add(TimelineEntry.statusChange(incident.id(), change.at(), change.from(), change.to(), change.id(),
                    change.author()));
        }
        for (SandboxIssues.Comment comment : issues.comments(incident.id())) {
            entries.add(TimelineEntry.comment(incident.id(), comment.created(), comment.body(), comment.id(),
                    comment.author()));
        }
        return entries;
    }
}
