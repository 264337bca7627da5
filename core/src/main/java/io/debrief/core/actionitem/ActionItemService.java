package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.ValidationError;
import io.debrief.core.followthrough.CompletionTargets;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.core.followthrough.FollowUpSettingsStore;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Creates action items for incidents, labels issues that are action items, and finds known open actions. */
public final class ActionItemService implements LabellingDebriefItems {

    /** Arguments: the user key, the project key. */
    public static final String ASSIGNEE_CANNOT_SEE = "debrief.error.actionitem.assignee.cannot.see";

    private final IssueTracker tracker;
    private final Settings settings;
    private final LabelRemovals labelRemovals;
    private final Clock clock;
    private final FollowUpSettingsStore followUp;
    private final DebriefItemPolicy itemPolicy = new DebriefItemPolicy();
    private final RepeatIncidentPolicy repeatPolicy = new RepeatIncidentPolicy();

    /** Items created without a due date get one from {@link CompletionTargets#DEFAULTS}. */
    public ActionItemService(IssueTracker tracker, Settings settings, LabelRemovals labelRemovals, Clock clock) {
        this(tracker, settings, labelRemovals, clock, FIXED_DEFAULTS);
    }

    private static final FollowUpSettingsStore FIXED_DEFAULTS = new FollowUpSettingsStore() {
        @Override
        public FollowUpSettings read() {
            return FollowUpSettings.DEFAULTS;
        }

        @Override
        public void save(FollowUpSettings settings) {
            throw new UnsupportedOperationException("the default completion targets are fixed");
        }
    };

    /** @param followUp the completion targets a new item's due date comes from when none is given */
    public ActionItemService(
            IssueTracker tracker,
            Settings settings,
            LabelRemovals labelRemovals,
            Clock clock,
            FollowUpSettingsStore followUp) {
        this.followUp = Objects.requireNonNull(followUp, "followUp");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labelRemovals = Objects.requireNonNull(labelRemovals, "labelRemovals");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the action item, linked to its incident and labelled.
     *
     * <p>Outcomes: nobody logged in -> 401; incident missing or not browsable -> 404; incident not editable -> 403;
     * bad input -> 400 with every field; otherwise the new issue. Nothing is created unless every check passed.
     */
    public IssueRef create(NewActionItem item, Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw NotAuthenticatedException.general();
        }
        IssueRef incident = item.incident();
        TrackedIssue incidentIssue = null;
        if (incident != null) {
            incidentIssue = tracker.find(incident.key()).orElse(null);
            if (incidentIssue == null || !viewer.canBrowse(incident)) {
                throw new NotFoundException("debrief.error.incident.not.found", incident.key());
            }
            if (!viewer.canEdit(incident)) {
                throw new ForbiddenException("debrief.error.actionitem.forbidden", incident.key());
            }
        }
        List<ValidationError> errors = check(item);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tracker.createActionItem(
                withTarget(item, incidentIssue), settings.global().label());
    }

    /**
     * The item as it is created: without a priority it takes its incident's, and without a due date it is due by the
     * completion target of that priority, counted from today in the clock's zone. A given due date is kept.
     */
    NewActionItem withTarget(NewActionItem item, TrackedIssue incident) {
        String priority = item.priority() != null ? item.priority() : incident == null ? null : incident.priority();
        LocalDate due = item.due() != null
                ? item.due()
                : followUp.read().targets().dueFor(priority, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        return item.withDue(due, priority);
    }

    /**
     * Every reason the item cannot be created as asked: its own checks, and an assignee who may not browse the item's
     * project (nobody is made responsible for an issue they cannot see), refused on {@code assignee}.
     */
    public List<ValidationError> check(NewActionItem item) {
        List<ValidationError> errors = new ArrayList<>(item.validate(clock));
        boolean assigneeRejected = errors.stream().anyMatch(error -> "assignee".equals(error.field()));
        boolean projectRejected = errors.stream().anyMatch(error -> "projectKey".equals(error.field()));
        if (item.assigneeKey() != null
                && !assigneeRejected
                && !projectRejected
                && !tracker.mayBrowse(item.assigneeKey(), item.projectKey())) {
            errors.add(ValidationError.of("assignee", ASSIGNEE_CANNOT_SEE, item.assigneeKey(), item.projectKey()));
        }
        return errors;
    }

    /**
     * Adds the debrief label when the policy says so (listener, REST and job all come here); returns the decision.
     * A removal recorded by {@link #labelRemovedByHand} counts even when the caller did not know about it.
     */
    @Override
    public LabelDecision labelIfDebriefItem(ItemCandidate candidate) {
        String label = settings.global().label();
        LabelDecision decision = itemPolicy.labelDecision(
                candidate.orRemovedByHand(labelRemovals.removedByHand(candidate.issue())), label);
        if (decision.shouldApply()) {
            tracker.addLabel(candidate.issue(), label);
        }
        return decision;
    }

    /** Remembers that a person (not the plugin) took the debrief label off the issue, so it is never re-added. */
    @Override
    public void labelRemovedByHand(IssueRef issue, UserRef by) {
        labelRemovals.record(issue, by, clock.instant());
    }

    /**
     * Open debrief items of earlier incidents in the new incident's project, or in one of its components when it
     * has any: the actions already known for this kind of trouble.
     */
    public List<TrackedIssue> knownOpenActions(TrackedIssue newIncident) {
        String label = settings.global().label();
        ItemSearch projectScope =
                ItemSearch.open(label, Set.of(newIncident.ref().projectKey()));
        List<TrackedIssue> inScope = new ArrayList<>();
        if (newIncident.components().isEmpty()) {
            inScope.addAll(all(projectScope));
        } else {
            for (String component : newIncident.components()) {
                all(projectScope.inComponent(component)).stream()
                        .filter(item -> !inScope.contains(item))
                        .forEach(inScope::add);
            }
        }
        return repeatPolicy.knownOpenActions(newIncident.ref(), newIncident.created(), inScope);
    }

    private List<TrackedIssue> all(ItemSearch search) {
        return tracker.allDebriefItems(search, Audience.system());
    }
}
