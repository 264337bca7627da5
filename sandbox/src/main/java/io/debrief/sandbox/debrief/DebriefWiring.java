package io.debrief.sandbox.debrief;

import io.debrief.core.checkpoint.CheckpointRuns;
import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.view.Views;
import io.debrief.sandbox.SandboxContext;
import java.time.Clock;

/**
 * The one place the sandbox builds Debrief for Jira: the plugin's composition root on the sandbox adapters (issues,
 * users, history), the plugin's AO stores on the sandbox database, and the web layer's viewer, messages and views.
 */
record DebriefWiring(DebriefApplication app, JobRunLog jobRuns, ViewerProvider viewers, Messages messages,
        Views views) {

    /** The scheduled checkpoint job as Jira runs it: core's run, its report kept in the job-run log. */
    CheckpointRuns checkpointRuns() {
        return new CheckpointRuns(app.checkpoints(), jobRuns, app.clock());
    }

    static DebriefWiring build(SandboxContext host, Clock clock) {
        DebriefStores stores = DebriefStores.activeObjects(host.activeObjects());
        DebriefApplication app = new DebriefApplication(new SandboxIncidents(host.issues(), host.users()),
                new SandboxDerivedEntries(host.issues()), stores.timeline(), stores.debriefs(),
                new SandboxIssueTracker(host, new IssueProperties(host.entityManager()), clock), stores.checkpoints(),
                stores.held(), stores.decisions(), stores.labelRemovals(), stores.settings(),
                stores.suggestedItems(), clock);
        return new DebriefWiring(app, stores.jobRuns(), new SandboxViewers(host), new SandboxMessages(host.i18n()),
                new SandboxViews(host.soy()));
    }
}
