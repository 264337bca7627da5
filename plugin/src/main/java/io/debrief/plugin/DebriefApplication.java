package io.debrief.plugin;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import io.debrief.core.access.Viewer;
import io.debrief.core.actionitem.ActionItemForm;
import io.debrief.core.actionitem.ActionItemService;
import io.debrief.core.actionitem.IncidentActionItems;
import io.debrief.core.actionitem.ItemCandidate;
import io.debrief.core.actionitem.LabelDecision;
import io.debrief.core.actionitem.LabelRemovals;
import io.debrief.core.actionitem.LabellingDebriefItems;
import io.debrief.core.actionitem.LinkingRepeats;
import io.debrief.core.actionitem.RepeatIncidents;
import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.actionitem.TrackingActionItems;
import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointHistory;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ClosingCheckpoints;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.checkpoint.OutcomeForm;
import io.debrief.core.checkpoint.RecordCheckpointOutcomes;
import io.debrief.core.checkpoint.RunningCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.common.Page;
import io.debrief.core.common.UserRef;
import io.debrief.core.debrief.BrowsingLibrary;
import io.debrief.core.debrief.CheckingLanguage;
import io.debrief.core.debrief.DebriefEdit;
import io.debrief.core.debrief.DebriefLibrary;
import io.debrief.core.debrief.DebriefService;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.DebriefView;
import io.debrief.core.debrief.LibraryEntry;
import io.debrief.core.debrief.LibraryQuery;
import io.debrief.core.debrief.PublishedDebrief;
import io.debrief.core.debrief.PublishedTimelines;
import io.debrief.core.debrief.Question;
import io.debrief.core.debrief.RecordUnrecordedDebriefs;
import io.debrief.core.debrief.RecordingPublishedDebriefs;
import io.debrief.core.debrief.WritingDebrief;
import io.debrief.core.export.DebriefExports;
import io.debrief.core.export.ExportWording;
import io.debrief.core.export.ExportingDebriefs;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.lint.LintFinding;
import io.debrief.core.review.IndexedItemTally;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ItemIndexing;
import io.debrief.core.review.MonthlyReviewService;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.review.Trends;
import io.debrief.core.settings.AdministeringSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SettingsForm;
import io.debrief.core.settings.SuggestedFilters;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.RecordingTimeline;
import io.debrief.core.timeline.TimelineEdit;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.TrackedIssue;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The composition root: builds every core use case once from the ports, so REST resources, tab panels, the
 * scheduled job, the dashboard item and the sandbox all run the same rules.
 *
 * <p>In Jira and in the sandbox (a host of the same Jira API), Spring builds it from the persistence stores and the
 * Jira adapters; tests call the constructor with a fixed clock.
 *
 * <p>It is also where core's in-ports are bound: it implements each one by handing the call to the use case it
 * built, so an adapter asks the container for the in-ports it needs ({@link BrowsingLibrary} for the library,
 * {@link RecordingTimeline} for the timeline, ...) instead of this whole class. Spring Scanner has no {@code @Bean}
 * methods, hence one component for all of them. The review and intake slices still take this class whole.
 */
@Component
// published as a service for the wired tests only (it.io.debrief.*), as the SDK template does
@ExportAsService(DebriefApplication.class)
public class DebriefApplication
        implements KeepingTime,
                GuardingIncidents,
                RecordingTimeline,
                WritingDebrief,
                CheckingLanguage,
                TrackingActionItems,
                LabellingDebriefItems,
                ClosingCheckpoints,
                RunningCheckpoints,
                AdministeringSettings,
                BrowsingLibrary,
                RecordingPublishedDebriefs,
                LinkingRepeats,
                ExportingDebriefs {

    private final Clock clock;
    private final IncidentAccess incidentAccess;
    private final Settings settings;
    private final IssueTracker tracker;
    private final TimelineService timeline;
    private final DebriefService debriefs;
    private final ActionItemService actionItems;
    private final OpenDueCheckpoints checkpoints;
    private final MonthlyReviewService review;
    private final Trends trends;
    private final DebriefLibrary library;
    private final IncidentActionItems incidentActionItems;
    private final CheckpointHistory checkpointHistory;
    private final RecordCheckpointOutcomes checkpointOutcomes;
    private final SettingsAdmin settingsAdmin;
    private final RecordUnrecordedDebriefs recordUnrecorded;
    private final RepeatIncidents repeats;
    private final DebriefExports exports;
    /** Nullable: hosts that build the application without an item index review by reading every item. */
    private final ItemIndexing itemIndexing;

    /**
     * As the container builds it: the system clock, unless the container offers a {@link Clock} (Jira does not; the
     * sandbox offers its movable one).
     */
    @Inject
    public DebriefApplication(
            Incidents incidents,
            DerivedEntries derivedEntries,
            TimelineStore timelineStore,
            DebriefStore debriefStore,
            IssueTracker tracker,
            CheckpointLog checkpointLog,
            HeldDebriefs heldDebriefs,
            ReviewDecisionLog decisionLog,
            LabelRemovals labelRemovals,
            Settings settings,
            SuggestedItems suggestedItems,
            ItemIndex itemIndex,
            FollowUpSettingsStore followUp,
            Optional<Clock> clock) {
        this(
                incidents,
                derivedEntries,
                timelineStore,
                debriefStore,
                tracker,
                checkpointLog,
                heldDebriefs,
                decisionLog,
                labelRemovals,
                settings,
                suggestedItems,
                clock.orElseGet(Clock::systemUTC),
                itemIndex,
                followUp);
    }

    /** Without an item index: the review reads every open item from the tracker (tests, small hosts). */
    public DebriefApplication(
            Incidents incidents,
            DerivedEntries derivedEntries,
            TimelineStore timelineStore,
            DebriefStore debriefStore,
            IssueTracker tracker,
            CheckpointLog checkpointLog,
            HeldDebriefs heldDebriefs,
            ReviewDecisionLog decisionLog,
            LabelRemovals labelRemovals,
            Settings settings,
            SuggestedItems suggestedItems,
            Clock clock) {
        this(
                incidents,
                derivedEntries,
                timelineStore,
                debriefStore,
                tracker,
                checkpointLog,
                heldDebriefs,
                decisionLog,
                labelRemovals,
                settings,
                suggestedItems,
                clock,
                null);
    }

    public DebriefApplication(
            Incidents incidents,
            DerivedEntries derivedEntries,
            TimelineStore timelineStore,
            DebriefStore debriefStore,
            IssueTracker tracker,
            CheckpointLog checkpointLog,
            HeldDebriefs heldDebriefs,
            ReviewDecisionLog decisionLog,
            LabelRemovals labelRemovals,
            Settings settings,
            SuggestedItems suggestedItems,
            Clock clock,
            ItemIndex itemIndex) {
        this(
                incidents,
                derivedEntries,
                timelineStore,
                debriefStore,
                tracker,
                checkpointLog,
                heldDebriefs,
                decisionLog,
                labelRemovals,
                settings,
                suggestedItems,
                clock,
                itemIndex,
                null);
    }

    /** @param followUp nullable: new action items are due by the default completion targets */
    public DebriefApplication(
            Incidents incidents,
            DerivedEntries derivedEntries,
            TimelineStore timelineStore,
            DebriefStore debriefStore,
            IssueTracker tracker,
            CheckpointLog checkpointLog,
            HeldDebriefs heldDebriefs,
            ReviewDecisionLog decisionLog,
            LabelRemovals labelRemovals,
            Settings settings,
            SuggestedItems suggestedItems,
            Clock clock,
            ItemIndex itemIndex,
            FollowUpSettingsStore followUp) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.incidentAccess = new IncidentAccess(incidents);
        // a published debrief freezes its timeline: the record the organisation learned from stays as it was
        this.timeline = new TimelineService(
                incidents, timelineStore, derivedEntries, clock, new PublishedTimelines(debriefStore, timelineStore));
        this.debriefs = new DebriefService(
                incidents,
                timelineStore,
                derivedEntries,
                debriefStore,
                projectKey -> settings.forProject(projectKey).targets(),
                clock);
        this.actionItems = followUp == null
                ? new ActionItemService(tracker, settings, labelRemovals, clock)
                : new ActionItemService(tracker, settings, labelRemovals, clock, followUp);
        this.checkpoints = new OpenDueCheckpoints(heldDebriefs, checkpointLog, tracker, settings, clock);
        this.review = new MonthlyReviewService(tracker, checkpointLog, decisionLog, settings, clock, itemIndex);
        this.itemIndexing = itemIndex == null ? null : new ItemIndexing(itemIndex, settings, clock);
        this.trends = new Trends(debriefStore, incidents, timelineStore, tracker, settings, clock, itemIndex);
        this.recordUnrecorded = new RecordUnrecordedDebriefs(debriefStore, incidents, debriefs);
        this.library = new DebriefLibrary(
                debriefStore,
                incidents,
                timelineStore,
                tracker,
                settings,
                debriefs,
                timeline,
                itemIndex == null ? null : new IndexedItemTally(itemIndex));
        this.incidentActionItems =
                new IncidentActionItems(incidents, actionItems, tracker, settings, suggestedItems, clock);
        this.checkpointHistory =
                new CheckpointHistory(incidents, checkpointLog, heldDebriefs, tracker, settings, clock);
        this.checkpointOutcomes = new RecordCheckpointOutcomes(incidents, checkpointLog, tracker, settings, clock);
        this.settingsAdmin = new SettingsAdmin(settings, tracker);
        this.repeats = new RepeatIncidents(incidents, actionItems, tracker);
        // exports read through the library's own use case: its permission checks and its query plan carry over
        this.exports = new DebriefExports(library);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    public IssueTracker tracker() {
        return tracker;
    }

    /**
     * Who may read and write what hangs off an incident: for web code that must refuse (401/404/409/403) before it
     * reports its own input errors, and for tab panels deciding whether to show.
     */
    public IncidentAccess incidentAccess() {
        return incidentAccess;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public DebriefService debriefs() {
        return debriefs;
    }

    public ActionItemService actionItems() {
        return actionItems;
    }

    public OpenDueCheckpoints checkpoints() {
        return checkpoints;
    }

    public MonthlyReviewService review() {
        return review;
    }

    /** What keeps the review's item index true; empty when this application was built without one. */
    public Optional<ItemIndexing> itemIndexing() {
        return Optional.ofNullable(itemIndexing);
    }

    public Trends trends() {
        return trends;
    }

    public DebriefLibrary library() {
        return library;
    }

    @Override
    public Page<LibraryEntry> search(LibraryQuery query, Viewer viewer) {
        return library.search(query, viewer);
    }

    @Override
    public PublishedDebrief open(String issueKey, Viewer viewer) {
        return library.open(issueKey, viewer);
    }

    /** An incident's action items: list (with known open actions of earlier incidents) and create from a form. */
    public IncidentActionItems incidentActionItems() {
        return incidentActionItems;
    }

    /** An incident's checkpoints and the next one due. */
    public CheckpointHistory checkpointHistory() {
        return checkpointHistory;
    }

    /** Closes an opened checkpoint with an outcome per action item. */
    public RecordCheckpointOutcomes checkpointOutcomes() {
        return checkpointOutcomes;
    }

    /** Data upgrade 1: records what debriefs published by an earlier release are judged on. */
    public RecordUnrecordedDebriefs recordUnrecordedDebriefs() {
        return recordUnrecorded;
    }

    /** The admin's settings page: read and save all settings. */
    public SettingsAdmin settingsAdmin() {
        return settingsAdmin;
    }

    // ---- in-ports: each call handed to the use case built above ----

    @Override
    public Incident toRead(String issueKey, Viewer viewer) {
        return incidentAccess.toRead(issueKey, viewer);
    }

    @Override
    public Incident toWrite(String issueKey, Viewer viewer) {
        return incidentAccess.toWrite(issueKey, viewer);
    }

    @Override
    public List<TimelineEntry> list(String issueKey, boolean includeDeleted, Viewer viewer) {
        return timeline.list(issueKey, includeDeleted, viewer);
    }

    @Override
    public TimelineEntry add(String issueKey, NewTimelineEntry command, Viewer viewer) {
        return timeline.add(issueKey, command, viewer);
    }

    @Override
    public TimelineEntry edit(String issueKey, long entryId, TimelineEdit edit, int expectedVersion, Viewer viewer) {
        return timeline.edit(issueKey, entryId, edit, expectedVersion, viewer);
    }

    @Override
    public TimelineEntry delete(String issueKey, long entryId, Viewer viewer) {
        return timeline.delete(issueKey, entryId, viewer);
    }

    @Override
    public TimelineEntry restore(String issueKey, long entryId, Viewer viewer) {
        return timeline.restore(issueKey, entryId, viewer);
    }

    @Override
    public List<EntryVersion> history(String issueKey, long entryId, Viewer viewer) {
        return timeline.history(issueKey, entryId, viewer);
    }

    @Override
    public DebriefView view(String issueKey, Viewer viewer) {
        return debriefs.view(issueKey, viewer);
    }

    @Override
    public DebriefView update(String issueKey, DebriefEdit edit, int expectedVersion, Viewer viewer) {
        return debriefs.update(issueKey, edit, expectedVersion, viewer);
    }

    @Override
    public DebriefView hold(String issueKey, int expectedVersion, String override, boolean lintSeen, Viewer viewer) {
        return debriefs.hold(issueKey, expectedVersion, override, lintSeen, viewer);
    }

    @Override
    public DebriefView publish(String issueKey, int expectedVersion, Viewer viewer) {
        return debriefs.publish(issueKey, expectedVersion, viewer);
    }

    @Override
    public List<LintFinding> lint(String issueKey, String text, Viewer viewer) {
        return debriefs.lint(issueKey, text, viewer);
    }

    @Override
    public IncidentActionItems.Listing list(String issueKey, Viewer viewer) {
        return incidentActionItems.list(issueKey, viewer);
    }

    @Override
    public TrackedIssue create(String issueKey, ActionItemForm form, Viewer viewer) {
        return incidentActionItems.create(issueKey, form, viewer);
    }

    @Override
    public Map<Question, Optional<IssueRef>> suggestionsTaken(Incident incident, Viewer viewer) {
        return incidentActionItems.suggestionsTaken(incident, viewer);
    }

    @Override
    public LabelDecision labelIfDebriefItem(ItemCandidate candidate) {
        return actionItems.labelIfDebriefItem(candidate);
    }

    @Override
    public void labelRemovedByHand(IssueRef issue, UserRef by) {
        actionItems.labelRemovedByHand(issue, by);
    }

    @Override
    public CheckpointHistory.View checkpoints(String issueKey, Viewer viewer) {
        return checkpointHistory.view(issueKey, viewer);
    }

    @Override
    public Checkpoint close(String issueKey, int number, List<OutcomeForm> outcomes, Viewer viewer) {
        return checkpointOutcomes.close(issueKey, number, outcomes, viewer);
    }

    @Override
    public JobRunReport run() {
        return checkpoints.run();
    }

    @Override
    public SettingsAdmin.Snapshot read(Viewer viewer) {
        return settingsAdmin.read(viewer);
    }

    @Override
    public SettingsAdmin.Snapshot save(SettingsForm form, Viewer viewer) {
        return settingsAdmin.save(form, viewer);
    }

    @Override
    public SuggestedFilters.Offer suggestedFilters(Viewer viewer) {
        return settingsAdmin.suggestedFilters(viewer);
    }

    @Override
    public SuggestedFilters.Offer declineSuggestedFilters(Viewer viewer) {
        return settingsAdmin.declineSuggestedFilters(viewer);
    }

    @Override
    public RecordUnrecordedDebriefs.Outcome recordUnrecorded() {
        return recordUnrecorded.run();
    }

    // ---- the repeat loop (an incident repeats an earlier one whose debrief items are still open) ----

    @Override
    public RepeatIncidents.RepeatCheck repeatCheck(String issueKey, Viewer viewer) {
        return repeats.repeatCheck(issueKey, viewer);
    }

    @Override
    public RepeatIncidents.RepeatCheck linkAsRepeat(String issueKey, String earlierKey, Viewer viewer) {
        return repeats.linkAsRepeat(issueKey, earlierKey, viewer);
    }

    // ---- exports of published debriefs (Markdown, Confluence storage format, import JSON) ----

    @Override
    public DebriefExports.Export exportOne(String issueKey, String format, ExportWording words, Viewer viewer) {
        return exports.exportOne(issueKey, format, words, viewer);
    }

    @Override
    public DebriefExports.Export exportLibrary(LibraryQuery query, String format, ExportWording words, Viewer viewer) {
        return exports.exportLibrary(query, format, words, viewer);
    }
}
