package io.debrief.core.actionitem;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Validation;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.incident.IssueLookup;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The repeat loop of one incident: earlier incidents in its project or component whose debrief items are still open
 * ({@link RepeatIncidentPolicy}) are shown at the top of its Debrief tab with those items, and a person who may edit
 * the incident links it as a repeat of one of them ("Debrief repeat": this incident repeats the earlier one).
 *
 * <p>Nothing names an incident or an item the reader may not browse: an item is listed only when they may browse it
 * and its incident, and a link to an earlier incident they may not browse is neither shown nor counted.
 *
 * <p>Linking, guards in order: anonymous 401; the incident missing or not browsable 404; not an Incident 409; no
 * edit right on it 403; then {@code earlier} 400 when blank, too long, this incident itself, not an Incident the
 * person may browse, or not created before this one; 409 when already linked. One link is written, nothing else.
 */
public final class RepeatIncidents implements LinkingRepeats {

    /** The longest issue key accepted. */
    public static final int MAX_KEY_LENGTH = 255;
    /** Argument {0}: the key given. */
    public static final String EARLIER_SELF = "debrief.error.repeat.earlier.self";
    /** Argument {0}: the key given. */
    public static final String EARLIER_UNKNOWN = "debrief.error.repeat.earlier.unknown";
    /** Argument {0}: the key given. */
    public static final String EARLIER_NOT_EARLIER = "debrief.error.repeat.earlier.later";
    /** Argument {0}: the earlier incident's key. */
    public static final String ALREADY_LINKED = "debrief.error.repeat.linked";

    private final IncidentAccess access;
    private final Incidents incidents;
    private final ActionItemService actionItems;
    private final IssueTracker tracker;

    public RepeatIncidents(Incidents incidents, ActionItemService actionItems, IssueTracker tracker) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.access = new IncidentAccess(incidents);
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    @Override
    public RepeatCheck repeatCheck(String issueKey, Viewer viewer) {
        return check(access.toRead(issueKey, viewer), viewer);
    }

    @Override
    public RepeatCheck linkAsRepeat(String issueKey, String earlierKey, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        Validation validation = new Validation();
        String wanted = earlierKey == null ? "" : earlierKey.strip();
        Incident earlier = null;
        if (wanted.isEmpty()) {
            validation.reject("earlier", Validation.REQUIRED);
        } else if (wanted.length() > MAX_KEY_LENGTH) {
            validation.reject("earlier", Validation.TOO_LONG, MAX_KEY_LENGTH);
        } else if (wanted.equalsIgnoreCase(incident.key())) {
            validation.reject("earlier", EARLIER_SELF, wanted);
        } else {
            earlier = browsableIncident(wanted, viewer);
            if (earlier == null) {
                validation.reject("earlier", EARLIER_UNKNOWN, wanted);
            } else if (!earlier.created().isBefore(incident.created())) {
                validation.reject("earlier", EARLIER_NOT_EARLIER, earlier.key());
            }
        }
        validation.throwIfInvalid();
        if (tracker.repeatOf(incident.ref()).contains(earlier.ref())) {
            throw new ConflictException(ALREADY_LINKED, earlier.key());
        }
        tracker.linkAsRepeat(incident.ref(), earlier.ref());
        return check(incident, viewer);
    }

    private Incident browsableIncident(String key, Viewer viewer) {
        IssueLookup lookup = incidents.lookup(key.toUpperCase(java.util.Locale.ROOT));
        if (lookup instanceof IssueLookup.Found found
                && viewer.canBrowse(found.incident().ref())) {
            return found.incident();
        }
        return null;
    }

    private RepeatCheck check(Incident incident, Viewer viewer) {
        List<TrackedIssue> known =
                tracker.find(incident.key()).map(actionItems::knownOpenActions).orElse(List.of());
        Map<IssueRef, List<TrackedIssue>> byIncident = new LinkedHashMap<>();
        for (TrackedIssue item : known) {
            if (viewer.canBrowse(item.ref())) {
                // an item of an incident the reader may not browse is listed without it (as the action items do)
                TrackedIssue shown = item.visibleTo(viewer);
                byIncident
                        .computeIfAbsent(shown.incident(), key -> new ArrayList<>())
                        .add(shown);
            }
        }
        Set<IssueRef> linked = tracker.repeatOf(incident.ref()).stream()
                .filter(viewer::canBrowse)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<Earlier> earlier = new ArrayList<>();
        byIncident.forEach((ref, items) -> earlier.add(new Earlier(ref, items, ref != null && linked.contains(ref))));
        List<IssueRef> linkedElsewhere =
                linked.stream().filter(ref -> !byIncident.containsKey(ref)).toList();
        return new RepeatCheck(incident, earlier, linkedElsewhere, viewer.canEdit(incident.ref()));
    }

    /**
     * An earlier incident whose debrief items were still open when this one was created, and whether this incident is
     * already linked as its repeat.
     *
     * @param incident the earlier incident, or null for items of incidents the reader may not browse (never linkable)
     * @param openItems its open debrief items the reader may browse, oldest first
     */
    public record Earlier(IssueRef incident, List<TrackedIssue> openItems, boolean linked) {
        public Earlier {
            openItems = List.copyOf(openItems);
        }
    }

    /**
     * What the Debrief tab shows at its top.
     *
     * @param earlier earlier incidents with open debrief items, by their oldest open item
     * @param linkedOthers earlier incidents this one is linked as a repeat of that no longer have open items the reader
     *                     may see (so the tab still says it is linked)
     * @param canLink whether the reader may link (edit right on the incident)
     */
    public record RepeatCheck(Incident incident, List<Earlier> earlier, List<IssueRef> linkedOthers, boolean canLink) {
        public RepeatCheck {
            Objects.requireNonNull(incident, "incident");
            earlier = List.copyOf(earlier);
            linkedOthers = List.copyOf(linkedOthers);
        }

        /** Whether there is anything to show: earlier open items or a repeat link. */
        public boolean isEmpty() {
            return earlier.isEmpty() && linkedOthers.isEmpty();
        }
    }
}
