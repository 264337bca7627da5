package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IsoDates;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Validation;
import io.debrief.core.common.ValidationError;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action items of one incident as its page shows them: list them with the known open actions of earlier
 * incidents, and create new ones from a form.
 *
 * <p>Guards, in {@link IncidentAccess}'s order: anonymous 401; missing or not browsable 404; not an incident 409;
 * writing without edit right 403; then bad input 400 naming every field. Nothing is created on any refusal.
 */
public final class IncidentActionItems {

    public static final String CATEGORY_UNKNOWN = "debrief.error.actionitem.category.unknown";
    public static final String PROJECT_INVALID = "debrief.error.actionitem.project.invalid";

    private final IncidentAccess access;
    private final ActionItemService actionItems;
    private final IssueTracker tracker;
    private final Settings settings;
    private final Clock clock;

    public IncidentActionItems(Incidents incidents, ActionItemService actionItems, IssueTracker tracker,
                               Settings settings, Clock clock) {
        this.access = new IncidentAccess(Objects.requireNonNull(incidents, "incidents"));
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The incident's items (open and done) the viewer may see, and the open items of earlier incidents. */
    public Listing list(String issueKey, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        List<TrackedIssue> items = tracker.allDebriefItems(
                ItemSearch.allOfIncident(settings.global().label(), incident.ref()), Audience.of(viewer));
        List<TrackedIssue> known = tracker.find(incident.key())
                .map(actionItems::knownOpenActions)
                .orElse(List.of())
                .stream()
                .filter(item -> viewer.canBrowse(item.ref()))
                .map(item -> item.visibleTo(viewer))
                .toList();
        return new Listing(incident, items, known);
    }

    /** Creates the item, linked to the incident and labelled; returns it as the tracker now sees it. */
    public TrackedIssue create(String issueKey, ActionItemForm form, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        Validation v = new Validation();
        LocalDate due = IsoDates.parse(v, "due", form.due());
        ActionItemCategory category = parseCategory(v, form.category());
        NewActionItem item = new NewActionItem(incident.ref(), form.projectKey(), form.issueType(), form.summary(),
                form.assignee(), due, category);
        List<ValidationError> errors = new ArrayList<>(v.errors());
        Set<String> rejected = errors.stream().map(ValidationError::field).collect(Collectors.toSet());
        actionItems.check(item).stream().filter(error -> !rejected.contains(error.field())).forEach(errors::add);
        boolean projectRejected = errors.stream().anyMatch(error -> "projectKey".equals(error.field()));
        if (!projectRejected && !viewer.canBrowseProject(item.projectKey())) {
            errors.add(ValidationError.of("projectKey", PROJECT_INVALID, item.projectKey()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IssueRef created = actionItems.create(item, viewer);
        return tracker.find(created.key()).orElseThrow(
                () -> new IllegalStateException("the tracker lost the item it just created: " + created.key()));
    }

    private static ActionItemCategory parseCategory(Validation v, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return ActionItemCategory.fromWire(text).orElseGet(() -> {
            v.reject("category", CATEGORY_UNKNOWN, Arrays.stream(ActionItemCategory.values())
                    .map(ActionItemCategory::wireName).collect(Collectors.joining(", ")));
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
