package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IsoDates;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import io.debrief.core.debrief.Question;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action items of one incident as its page shows them: list them with the known open actions of earlier
 * incidents, and create new ones from a form.
 *
 * <p>Guards, in {@link IncidentAccess}'s order: anonymous 401; missing or not browsable 404; not an incident 409;
 * writing without edit right 403; then bad input 400 naming every field. Nothing is created on any refusal.
 */
public final class IncidentActionItems implements TrackingActionItems {

    public static final String CATEGORY_UNKNOWN = "debrief.error.actionitem.category.unknown";
    public static final String PROJECT_INVALID = "debrief.error.actionitem.project.invalid";
    public static final String SUGGESTION_UNKNOWN = "debrief.error.actionitem.suggestion.unknown";
    /** Argument: the key of the item the suggestion became. */
    public static final String SUGGESTION_TAKEN = "debrief.error.actionitem.suggestion.taken";
    /** The suggestion became an item the viewer may not see (or one still being created): no key is named. */
    public static final String SUGGESTION_TAKEN_UNNAMED = "debrief.error.actionitem.suggestion.taken.unnamed";
    /** A suggestion claimed this long ago whose item was never recorded is free again (its creation died). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final IncidentAccess access;
    private final ActionItemService actionItems;
    private final IssueTracker tracker;
    private final Settings settings;
    private final SuggestedItems suggested;
    private final Clock clock;

    public IncidentActionItems(
            Incidents incidents,
            ActionItemService actionItems,
            IssueTracker tracker,
            Settings settings,
            SuggestedItems suggested,
            Clock clock) {
        this.access = new IncidentAccess(Objects.requireNonNull(incidents, "incidents"));
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.suggested = Objects.requireNonNull(suggested, "suggested");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The incident's items (open and done) the viewer may see, and the open items of earlier incidents. */
    @Override
    public Listing list(String issueKey, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        List<TrackedIssue> items = tracker.allDebriefItems(
                ItemSearch.allOfIncident(settings.global().label(), incident.ref()), Audience.of(viewer));
        List<TrackedIssue> known =
                tracker.find(incident.key()).map(actionItems::knownOpenActions).orElse(List.of()).stream()
                        .filter(item -> viewer.canBrowse(item.ref()))
                        .map(item -> item.visibleTo(viewer))
                        .toList();
        return new Listing(incident, items, known);
    }

    /**
     * Creates the item, linked to the incident and labelled; returns it as the tracker now sees it.
     *
     * <p>An item made from one of the debrief's suggestions ({@link ActionItemForm#suggestion}) is created once: the
     * suggestion is taken (a unique fact) before the tracker is asked, so a second creation - a double click, another
     * tab - is refused with 409, naming the item when the viewer may see it; when creating fails the suggestion is
     * given back.
     */
    @Override
    public TrackedIssue create(String issueKey, ActionItemForm form, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        Validation v = new Validation();
        Question suggestion = parseSuggestion(v, form.suggestion());
        LocalDate due = IsoDates.parse(v, "due", form.due());
        ActionItemCategory category = parseCategory(v, form.category());
        NewActionItem item = new NewActionItem(
                incident.ref(), form.projectKey(), form.issueType(), form.summary(), form.assignee(), due, category);
        List<ValidationError> errors = new ArrayList<>(v.errors());
        Set<String> rejected = errors.stream().map(ValidationError::field).collect(Collectors.toSet());
        actionItems.check(item).stream()
                .filter(error -> !rejected.contains(error.field()))
                .forEach(errors::add);
        boolean projectRejected = errors.stream().anyMatch(error -> "projectKey".equals(error.field()));
        if (!projectRejected && !viewer.canBrowseProject(item.projectKey())) {
            errors.add(ValidationError.of("projectKey", PROJECT_INVALID, item.projectKey()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IssueRef created = suggestion == null
                ? actionItems.create(item, viewer)
                : createFromSuggestion(incident.ref(), suggestion, item, viewer);
        return tracker.find(created.key())
                .orElseThrow(
                        () -> new IllegalStateException("the tracker lost the item it just created: " + created.key()));
    }

    private IssueRef createFromSuggestion(IssueRef incident, Question suggestion, NewActionItem item, Viewer viewer) {
        Instant now = clock.instant();
        if (!suggested.claim(incident, suggestion, now, now.minus(ABANDONED_AFTER))) {
            Optional<IssueRef> existing = takenBy(incident, viewer).getOrDefault(suggestion, Optional.empty());
            throw existing.map(key -> new ConflictException(SUGGESTION_TAKEN, key.key()))
                    .orElseGet(() -> new ConflictException(SUGGESTION_TAKEN_UNNAMED));
        }
        IssueRef created;
        try {
            created = actionItems.create(item, viewer);
        } catch (RuntimeException failed) {
            suggested.release(incident, suggestion);
            throw failed;
        }
        suggested.created(incident, suggestion, created);
        return created;
    }

    /**
     * The incident's suggestions already made into items, for its Debrief tab: each with its item when the viewer may
     * see it, empty when not (or while it is being created), so the suggestion is shown as taken without naming it.
     */
    @Override
    public Map<Question, Optional<IssueRef>> suggestionsTaken(Incident incident, Viewer viewer) {
        return takenBy(incident.ref(), viewer);
    }

    private Map<Question, Optional<IssueRef>> takenBy(IssueRef incident, Viewer viewer) {
        Map<Question, Optional<IssueRef>> taken = new EnumMap<>(Question.class);
        suggested.taken(incident).forEach((question, item) -> taken.put(question, item.filter(viewer::canBrowse)));
        return taken;
    }

    private static Question parseSuggestion(Validation v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Question.fromWire(text).orElseGet(() -> {
            v.reject(
                    "suggestion",
                    SUGGESTION_UNKNOWN,
                    Arrays.stream(Question.values()).map(Question::wireName).collect(Collectors.joining(", ")));
            return null;
        });
    }

    private static ActionItemCategory parseCategory(Validation v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return ActionItemCategory.fromWire(text).orElseGet(() -> {
            v.reject(
                    "category",
                    CATEGORY_UNKNOWN,
                    Arrays.stream(ActionItemCategory.values())
                            .map(ActionItemCategory::wireName)
                            .collect(Collectors.joining(", ")));
            return null;
        });
    }

    /**
     * What the incident's page lists.
     *
     * @param knownOpenActions open items of earlier incidents in the same project or component: a known open action
     *                         existed before this incident
     */
    public record Listing(Incident incident, List<TrackedIssue> items, List<TrackedIssue> knownOpenActions) {
        public Listing {
            Objects.requireNonNull(incident, "incident");
            items = List.copyOf(items);
            knownOpenActions = List.copyOf(knownOpenActions);
        }
    }
}
