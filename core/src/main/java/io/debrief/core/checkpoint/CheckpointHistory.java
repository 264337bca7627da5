package io.debrief.core.checkpoint;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An incident's checkpoints as its page shows them: every checkpoint so far, the items they are about, and when the
 * next one comes due (by {@link CheckpointPolicy}). Readers need browse right: anonymous 401, hidden or missing 404,
 * not an incident 409. Outcomes of items the reader may not browse are left out.
 */
public final class CheckpointHistory {

    private final IncidentAccess access;
    private final CheckpointLog log;
    private final HeldDebriefs heldDebriefs;
    private final IssueTracker tracker;
    private final Settings settings;
    private final Clock clock;

    public CheckpointHistory(
            Incidents incidents,
            CheckpointLog log,
            HeldDebriefs heldDebriefs,
            IssueTracker tracker,
            Settings settings,
            Clock clock) {
        this.access = new IncidentAccess(Objects.requireNonNull(incidents, "incidents"));
        this.log = Objects.requireNonNull(log, "log");
        this.heldDebriefs = Objects.requireNonNull(heldDebriefs, "heldDebriefs");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public View view(String issueKey, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        String label = settings.global().label();
        List<TrackedIssue> visibleItems =
                tracker.allDebriefItems(ItemSearch.allOfIncident(label, incident.ref()), Audience.of(viewer));
        // quiet numbers are the job's bookkeeping: no sub-task, nothing to show; items the viewer may not browse are
        // neither shown nor named, asked about all at once (one search as the viewer, no issue loaded on its own)
        List<Checkpoint> shown = log.history(incident.ref()).stream()
                .filter(checkpoint -> checkpoint.state() != Checkpoint.State.QUIET)
                .toList();
        Set<IssueRef> named = shown.stream()
                .flatMap(checkpoint -> checkpoint.outcomes().keySet().stream())
                .collect(Collectors.toSet());
        Set<Long> browsable = named.isEmpty() ? Set.of() : tracker.visible(named, Audience.of(viewer));
        List<Checkpoint> history = shown.stream()
                .map(checkpoint -> checkpoint.visibleTo(item -> browsable.contains(item.id())))
                .toList();
        return new View(incident, history, visibleItems, next(incident, label).orElse(null));
    }

    private Optional<Next> next(Incident incident, String label) {
        Optional<HeldDebrief> held = heldDebriefs.find(incident.ref());
        if (held.isEmpty() || !settings.takesPart(incident.projectKey())) {
            return Optional.empty();
        }
        CheckpointPolicy policy = CheckpointPolicy.of(settings.forProject(incident.projectKey()));
        // the schedule depends on every item, also those this viewer may not see; only the date is shown
        List<TrackedIssue> allItems =
                tracker.allDebriefItems(ItemSearch.allOfIncident(label, incident.ref()), Audience.system());
        Instant heldAt = held.get().heldAt();
        return policy.nextDue(heldAt, clock.instant(), allItems)
                .map(due -> new Next((int) (Duration.between(heldAt, due).toDays() / policy.intervalDays()), due));
    }

    /**
     * What the checkpoints section shows.
     *
     * @param items the incident's debrief items the viewer may see, open and done
     * @param next  nullable: no checkpoint will come (not held yet, no open item, project not taking part)
     */
    public record View(Incident incident, List<Checkpoint> history, List<TrackedIssue> items, Next next) {
        public View {
            Objects.requireNonNull(incident, "incident");
            history = List.copyOf(history);
            items = List.copyOf(items);
        }
    }

    /** The next checkpoint: its number and when it comes due. */
    public record Next(int number, Instant dueAt) {
        public Next {
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }
}
