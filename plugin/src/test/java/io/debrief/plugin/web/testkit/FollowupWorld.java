package io.debrief.plugin.web.testkit;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;

import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.insights.Insights;
import io.debrief.core.insights.InsightsSettings;
import io.debrief.core.insights.TeamRule;
import io.debrief.core.settings.Settings;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIncidentIndex;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryJobRunLog;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.InMemorySuggestedItems;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.plugin.CheckpointSchedule;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.InsightsApplication;
import io.debrief.plugin.IntakeApplication;
import java.time.Instant;
import java.util.List;

/**
 * A real {@link DebriefApplication} over core's in-memory fakes, with one incident ({@link #INCIDENT}, INC-12) in the
 * incidents and the tracker, for REST and view tests of action items, checkpoints and settings.
 *
 * <pre>{@code
 * FollowupWorld world = new FollowupWorld();
 * world.tracker.given(anActionItem().build());
 * RestTestHarness rest = world.rest(ActionItemsResource.class);
 * }</pre>
 */
public final class FollowupWorld {

    public static final IssueRef INCIDENT = new IssueRef(1001, "INC-12", "INC");
    /** An issue that exists but is a Bug, not an Incident. */
    public static final IssueRef BUG = new IssueRef(2001, "OPS-1", "OPS");

    public static final Instant INCIDENT_CREATED = Instant.parse("2026-03-09T08:00:00Z");
    public static final UserRef ALICE = new UserRef("alice", "Alice");

    public final TestClock clock = TestClock.at("2026-03-20T09:00:00Z");
    /** Every cron the settings save asked the scheduler to re-plan with. */
    public final List<String> rescheduled = new java.util.concurrent.CopyOnWriteArrayList<>();

    public final InMemoryIncidents incidents = new InMemoryIncidents();
    public final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    public final InMemoryCheckpointLog checkpoints = new InMemoryCheckpointLog();
    public final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    public final InMemorySettings settings = new InMemorySettings();
    public final InMemoryJobRunLog jobRuns = new InMemoryJobRunLog();
    public final InMemorySuggestedItems suggestedItems = new InMemorySuggestedItems();
    public final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
    /** The follow-through's stores and mail (issue 16). */
    public final io.debrief.core.testkit.InMemoryFollowUps.SettingsStore followUpSettings =
            new io.debrief.core.testkit.InMemoryFollowUps.SettingsStore();

    public final io.debrief.core.testkit.InMemoryFollowUps.OptOuts optOuts =
            new io.debrief.core.testkit.InMemoryFollowUps.OptOuts();
    public final io.debrief.core.testkit.InMemoryFollowUps.RecordingOutbox outbox =
            new io.debrief.core.testkit.InMemoryFollowUps.RecordingOutbox();
    public final io.debrief.core.testkit.InMemoryDebriefStore debriefStore =
            new io.debrief.core.testkit.InMemoryDebriefStore();
    public final DebriefApplication app = new DebriefApplication(
            incidents,
            DerivedEntries.NONE,
            timelines,
            debriefStore,
            tracker,
            checkpoints,
            held,
            new InMemoryReviewDecisionLog(),
            new InMemoryLabelRemovals(),
            settings,
            suggestedItems,
            clock,
            null,
            followUpSettings);
    public final io.debrief.plugin.followthrough.FollowUps followUps = new io.debrief.plugin.followthrough.FollowUps(
            new io.debrief.core.testkit.InMemoryItemIndex(),
            tracker,
            held,
            incidents,
            debriefStore,
            settings,
            followUpSettings,
            optOuts,
            new io.debrief.core.testkit.InMemoryFollowUps.Leads(),
            new io.debrief.core.testkit.InMemoryFollowUps.Log(),
            outbox,
            app);

    public FollowupWorld() {
        incidents.with(anIncident()
                .id(INCIDENT.id())
                .key(INCIDENT.key())
                .created(INCIDENT_CREATED)
                .build());
        incidents.withOtherIssue(BUG);
        tracker.given(
                anOrdinaryIssue().ref(INCIDENT).createdAt(INCIDENT_CREATED).build(),
                anOrdinaryIssue().ref(BUG).build());
    }

    /** A harness serving the resources over this world's application and job run log. */
    /** What a team is for the insights: by component, until a test's admin says otherwise. */
    private final InsightsSettings team = new InsightsSettings() {
        private TeamRule rule = TeamRule.BY_COMPONENT;

        @Override
        public TeamRule team() {
            return rule;
        }

        @Override
        public void saveTeam(TeamRule saved) {
            rule = saved;
        }
    };

    public RestTestHarness rest(Class<?>... resources) {
        return RestTestHarness.with(resources)
                .bind(DebriefApplication.class, app)
                .bindInPorts(app)
                .bind(Settings.class, settings)
                .bind(
                        IntakeApplication.class,
                        new IntakeApplication(
                                app,
                                timelines,
                                DerivedEntries.NONE,
                                new InMemoryEventSources(),
                                new InMemoryExternalEventLog(),
                                new InMemoryEventDecisions()))
                .bind(
                        InsightsApplication.class,
                        new InsightsApplication(
                                new Insights(new InMemoryIncidentIndex(), team, settings, app.clock()),
                                team,
                                null,
                                null,
                                null))
                .bind(JobRunLog.class, jobRuns)
                .bind(io.debrief.plugin.followthrough.FollowUps.class, followUps)
                .bind(CheckpointSchedule.class, (CheckpointSchedule) cron -> rescheduled.add(cron))
                .start();
    }
}
