package io.debrief.core.checkpoint;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.IsoDates;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.SaneRange;
import io.debrief.core.common.Validation;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes an opened checkpoint with one outcome per action item: done, re-planned to a new due date, or dropped with
 * a reason; what each outcome means is carried out in the tracker, as the person closing.
 *
 * <p>Guards, in order: anonymous 401; incident missing or hidden 404; not an incident 409; no edit right on the
 * incident 403; no such checkpoint 404; checkpoint not opened yet, or already closed (a second or stale submit) 409;
 * then every bad outcome 400, named {@code outcomes[i].field}, and {@code outcomes} when an open item has no outcome;
 * the checkpoint's sub-task cannot be moved to done by the person 409. Nothing is written unless every check passed.
 *
 * <p>Only the items the person may browse take part: the others are neither required, named nor changed (a key of
 * one is refused exactly like a key that does not exist).
 *
 * <p>In the tracker: "done" closes an open item through its workflow with the {@link #DONE_RESOLUTION} resolution;
 * "dropped" closes it with the review's "irrelevant" resolution and the reason as comment; "re-planned" sets its due
 * date; and the checkpoint's sub-task is closed as done. An item already closed keeps its resolution.
 *
 * <p>Closing is a unique fact in the log, recorded before the tracker is written, so of two identical submits (a
 * double click, two tabs, two nodes) exactly one acts and the other is 409. If a tracker write then fails, the due
 * dates already set are put back and the checkpoint is opened again, so the person can submit again; an item the
 * failed attempt already closed counts as closed then and needs no outcome.
 */
public final class RecordCheckpointOutcomes {

    public static final String NOT_FOUND = "debrief.error.checkpoint.not.found";
    public static final String NOT_OPENED = "debrief.error.checkpoint.not.opened";
    public static final String CLOSED = "debrief.error.checkpoint.closed";
    public static final String REQUIRED = Validation.REQUIRED;
    public static final String ITEM_UNKNOWN = "debrief.error.checkpoint.item.unknown";
    public static final String ITEM_DUPLICATE = "debrief.error.checkpoint.item.duplicate";
    public static final String OUTCOME_UNKNOWN = "debrief.error.checkpoint.outcome.unknown";
    public static final String OUTCOME_MISSING = "debrief.error.checkpoint.outcome.missing";
    public static final String DUE_REQUIRED = "debrief.error.checkpoint.due.required";
    public static final String REASON_REQUIRED = "debrief.error.checkpoint.reason.required";
    public static final String TOO_LONG = Validation.TOO_LONG;
    public static final String NOT_CLOSABLE = "debrief.error.checkpoint.item.not.closable";
    public static final String SUBTASK_NOT_CLOSABLE = "debrief.error.checkpoint.subtask.not.closable";
    /** The resolution a "done" outcome closes an item with, and the checkpoint's sub-task: Jira's default "Done". */
    public static final String DONE_RESOLUTION = "Done";

    public static final int MAX_REASON_LENGTH = 2000;

    /** The outcomes a person can choose, by wire name. */
    public enum Kind {
        DONE,
        REPLANNED,
        DROPPED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final IncidentAccess access;
    private final CheckpointLog log;
    private final IssueTracker tracker;
    private final Settings settings;
    private final Clock clock;

    public RecordCheckpointOutcomes(
            Incidents incidents, CheckpointLog log, IssueTracker tracker, Settings settings, Clock clock) {
        this.access = new IncidentAccess(Objects.requireNonNull(incidents, "incidents"));
        this.log = Objects.requireNonNull(log, "log");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the outcomes, carries them out in the tracker and closes the checkpoint; returns it closed. */
    public Checkpoint close(String issueKey, int number, List<OutcomeForm> outcomes, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        Checkpoint checkpoint = log.history(incident.ref()).stream()
                .filter(row -> row.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND, number, issueKey));
        if (checkpoint.state() == Checkpoint.State.CLOSED) {
            throw new ConflictException(CLOSED, number);
        }
        if (checkpoint.state() != Checkpoint.State.OPENED) {
            throw new ConflictException(NOT_OPENED, number);
        }
        GlobalSettings global = settings.global();
        Map<String, TrackedIssue> items =
                tracker
                        .allDebriefItems(ItemSearch.allOfIncident(global.label(), incident.ref()), Audience.of(viewer))
                        .stream()
                        .collect(Collectors.toMap(
                                TrackedIssue::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<IssueRef, ItemOutcome> recorded = validated(outcomes == null ? List.of() : outcomes, items, global);
        Optional<TrackedIssue> subTask =
                tracker.find(checkpoint.subTask().key()).filter(TrackedIssue::isOpen);
        if (subTask.isPresent() && !tracker.canResolve(subTask.get().ref(), DONE_RESOLUTION)) {
            throw new ConflictException(SUBTASK_NOT_CLOSABLE, subTask.get().key());
        }
        if (!log.recordOutcomes(incident.ref(), number, recorded)) {
            throw new ConflictException(CLOSED, number);
        }
        Map<IssueRef, LocalDate> previousDue = new LinkedHashMap<>();
        try {
            // the writes that can be undone first, the resolutions (which cannot) after them
            recorded.forEach((item, outcome) -> {
                if (outcome instanceof ItemOutcome.Replanned replanned) {
                    previousDue.put(item, items.get(item.key()).due());
                    tracker.setDue(item, replanned.newDue());
                }
            });
            recorded.forEach((item, outcome) -> resolveIfOpen(items.get(item.key()), outcome, global));
            subTask.ifPresent(open -> tracker.resolve(open.ref(), DONE_RESOLUTION, null));
        } catch (RuntimeException failed) {
            undo(previousDue, failed);
            log.reopen(incident.ref(), number);
            throw failed;
        }
        return checkpoint.closed(recorded);
    }

    private Map<IssueRef, ItemOutcome> validated(
            List<OutcomeForm> outcomes, Map<String, TrackedIssue> items, GlobalSettings global) {
        Validation v = new Validation();
        Map<IssueRef, ItemOutcome> recorded = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String prefix = "outcomes[" + i + "].";
            OutcomeForm form = outcomes.get(i);
            if (form == null) {
                v.reject(prefix + "item", REQUIRED);
                continue;
            }
            TrackedIssue item = item(v, prefix + "item", form.item(), items, seen);
            ItemOutcome outcome = outcome(v, prefix, form, clock);
            if (item == null || outcome == null) {
                continue;
            }
            String resolution = resolutionFor(outcome, global);
            if (item.isOpen() && resolution != null && !tracker.canResolve(item.ref(), resolution)) {
                v.reject(prefix + "outcome", NOT_CLOSABLE, item.key());
                continue;
            }
            recorded.put(item.ref(), outcome);
        }
        String missing = items.values().stream()
                .filter(TrackedIssue::isOpen)
                .map(TrackedIssue::key)
                .filter(key -> !seen.contains(key))
                .collect(Collectors.joining(", "));
        v.check(missing.isEmpty(), "outcomes", OUTCOME_MISSING, missing);
        v.throwIfInvalid();
        return recorded;
    }

    private static TrackedIssue item(
            Validation v, String field, String key, Map<String, TrackedIssue> items, Set<String> seen) {
        if (key == null || key.isBlank()) {
            v.reject(field, REQUIRED);
            return null;
        }
        TrackedIssue item = items.get(key.strip());
        if (item == null) {
            v.reject(field, ITEM_UNKNOWN, key.strip());
            return null;
        }
        if (!seen.add(item.key())) {
            v.reject(field, ITEM_DUPLICATE, item.key());
            return null;
        }
        return item;
    }

    private static ItemOutcome outcome(Validation v, String prefix, OutcomeForm form, Clock clock) {
        Kind kind = kind(v, prefix + "outcome", form.outcome());
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case DONE:
                return new ItemOutcome.Done();
            case REPLANNED: {
                if (form.due() == null || form.due().isBlank()) {
                    v.reject(prefix + "due", DUE_REQUIRED);
                    return null;
                }
                LocalDate due = IsoDates.parse(v, prefix + "due", form.due());
                if (due == null) {
                    return null;
                }
                if (!SaneRange.checkPlannedDate(v, prefix + "due", due, clock)) {
                    return null;
                }
                return new ItemOutcome.Replanned(due);
            }
            default: {
                String reason = form.reason() == null ? "" : form.reason().strip();
                if (reason.isEmpty()) {
                    v.reject(prefix + "reason", REASON_REQUIRED);
                    return null;
                }
                if (reason.length() > MAX_REASON_LENGTH) {
                    v.reject(prefix + "reason", TOO_LONG, MAX_REASON_LENGTH);
                    return null;
                }
                return new ItemOutcome.Dropped(reason);
            }
        }
    }

    private static Kind kind(Validation v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.reject(field, REQUIRED);
            return null;
        }
        for (Kind kind : Kind.values()) {
            if (kind.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        v.reject(field, OUTCOME_UNKNOWN, "done, replanned, dropped");
        return null;
    }

    /** The resolution the outcome closes an item with; null when it leaves the item open. */
    private static String resolutionFor(ItemOutcome outcome, GlobalSettings global) {
        if (outcome instanceof ItemOutcome.Done) {
            return DONE_RESOLUTION;
        }
        return outcome instanceof ItemOutcome.Dropped ? global.irrelevantResolution() : null;
    }

    private void resolveIfOpen(TrackedIssue item, ItemOutcome outcome, GlobalSettings global) {
        String resolution = resolutionFor(outcome, global);
        if (resolution == null || !item.isOpen()) {
            // an item already closed keeps its resolution and gets no second comment
            return;
        }
        tracker.resolve(
                item.ref(), resolution, outcome instanceof ItemOutcome.Dropped dropped ? dropped.reason() : null);
    }

    /** Puts back the due dates a failed close had already set; a failure here is kept with the first one. */
    private void undo(Map<IssueRef, LocalDate> previousDue, RuntimeException failed) {
        previousDue.forEach((item, due) -> {
            try {
                tracker.setDue(item, due);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
        });
    }
}
