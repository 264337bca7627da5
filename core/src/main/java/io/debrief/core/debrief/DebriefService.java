package io.debrief.core.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.UserRef;
import io.debrief.core.common.Validation;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Incidents;
import io.debrief.core.lint.BlamelessLint;
import io.debrief.core.lint.LintFinding;
import io.debrief.core.settings.Targets;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.timeline.TimelineStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Viewing, writing, holding and publishing an incident's debrief on someone's behalf.
 *
 * <p>Guards in order: {@link IncidentAccess} (401, 404, 409; 403 for writes), input (400), a published debrief is
 * read-only (409), a stale version (409), a refused transition (409). Nothing is written when any guard refuses.
 */
public final class DebriefService implements WritingDebrief, CheckingLanguage {

    public static final String STALE = TimelineService.STALE;

    private final Incidents incidents;
    private final IncidentAccess access;
    private final TimelineStore timelineStore;
    private final DerivedEntries derived;
    private final DebriefStore store;
    private final Function<String, Targets> targets;
    private final Clock clock;

    /**
     * @param targets the targets of a project by project key (the settings port); null means the defaults
     */
    public DebriefService(
            Incidents incidents,
            TimelineStore timelineStore,
            DerivedEntries derived,
            DebriefStore store,
            Function<String, Targets> targets,
            Clock clock) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.access = new IncidentAccess(incidents);
        this.timelineStore = Objects.requireNonNull(timelineStore, "timelineStore");
        this.derived = Objects.requireNonNull(derived, "derived");
        this.store = Objects.requireNonNull(store, "store");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The debrief page of an incident; a fresh awaiting debrief when none is stored yet. */
    @Override
    public DebriefView view(String issueKey, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        return viewOf(incident, current(incident), viewer);
    }

    /**
     * Lints text being typed into an incident's debrief, flagging also the names of the people on the incident and
     * the debrief. Guards: the incident must be readable (401, 404, 409). Reads, never writes.
     */
    @Override
    public List<LintFinding> lint(String issueKey, String text, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        return lintFor(incident, current(incident), viewer).check(text);
    }

    /** Replaces the debrief's content. */
    @Override
    public DebriefView update(String issueKey, DebriefEdit edit, int expectedVersion, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        edit.requireValid();
        return change(incident, viewer, expectedVersion, debrief -> debrief.edit(edit, actor(viewer), clock.instant()));
    }

    /** Records that the debrief was held; a timeline out of order needs a reason to hold it anyway. */
    public DebriefView hold(String issueKey, int expectedVersion, Viewer viewer) {
        return hold(issueKey, expectedVersion, null, viewer);
    }

    /**
     * Records that the debrief was held.
     *
     * @param override why to hold it although its timeline's facts are out of order (kept with the debrief); null
     *                 when there is none. Longer than {@link Debrief#MAX_OVERRIDE_LENGTH}: invalid input.
     */
    public DebriefView hold(String issueKey, int expectedVersion, String override, Viewer viewer) {
        return hold(issueKey, expectedVersion, override, false, viewer);
    }

    /**
     * Records that the debrief was held; with {@code lintSeen} the holder confirmed having seen the blameless-lint
     * findings of its text, and the debrief keeps how many there were (counted here, not taken from the request).
     * Findings never stop a hold.
     */
    @Override
    public DebriefView hold(String issueKey, int expectedVersion, String override, boolean lintSeen, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        new Validation()
                .check(
                        override == null || override.strip().length() <= Debrief.MAX_OVERRIDE_LENGTH,
                        "override",
                        "debrief.error.debrief.hold.override.too-long",
                        Debrief.MAX_OVERRIDE_LENGTH)
                .throwIfInvalid();
        IncidentFacts facts = factsOf(incident);
        return change(
                incident,
                viewer,
                expectedVersion,
                debrief -> debrief.hold(
                        facts,
                        override,
                        lintSeen ? lintCount(incident, debrief, viewer) : null,
                        actor(viewer),
                        clock.instant()));
    }

    private int lintCount(Incident incident, Debrief debrief, Viewer viewer) {
        return lintFields(incident, debrief, viewer).values().stream()
                .mapToInt(List::size)
                .sum();
    }

    /**
     * Publishes a held debrief to everyone who can browse the project, with the record of what it was judged on:
     * the project's targets, the facts and the timeline as they are now.
     */
    @Override
    public DebriefView publish(String issueKey, int expectedVersion, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        PublishedRecord judgedOn = recordOf(incident);
        return change(
                incident,
                viewer,
                expectedVersion,
                debrief -> debrief.publish(judgedOn, actor(viewer), clock.instant()));
    }

    /**
     * Freezes a debrief published before records were kept (upgrade task 1): its record is taken now, from the
     * targets, facts and timeline as they are. Does nothing for a debrief that has a record or is not published.
     *
     * @return whether a record was taken
     */
    public boolean freezeIfUnrecorded(Incident incident) {
        Optional<Debrief> stored = store.find(incident.id());
        if (stored.isEmpty() || !stored.get().isReadOnly() || stored.get().record() != null) {
            return false;
        }
        Debrief debrief = stored.get();
        store.save(incident, debrief.withRecord(recordOf(incident)), debrief.version());
        return true;
    }

    private PublishedRecord recordOf(Incident incident) {
        Timeline timeline = Timeline.load(incident, timelineStore, derived);
        IncidentFacts facts = timeline.facts(incident);
        return new PublishedRecord(targetsOf(incident), facts, timeline.entries(), clock.instant());
    }

    private Targets targetsOf(Incident incident) {
        return Objects.requireNonNullElse(targets.apply(incident.projectKey()), Targets.DEFAULT);
    }

    private DebriefView change(
            Incident incident, Viewer viewer, int expectedVersion, Function<Debrief, Transition> step) {
        Debrief debrief = current(incident);
        if (debrief.isReadOnly()) {
            throw new ConflictException(Debrief.REFUSED_PUBLISHED, incident.key());
        }
        if (debrief.version() != expectedVersion) {
            throw new ConflictException(STALE, incident.key(), debrief.version());
        }
        Transition outcome = step.apply(debrief);
        if (outcome instanceof Transition.Refused refused) {
            throw new ConflictException(refused.reasonKey(), incident.key());
        }
        Debrief changed = ((Transition.Done) outcome).debrief();
        return viewOf(incident, store.save(incident, changed, expectedVersion), viewer);
    }

    private Debrief current(Incident incident) {
        return store.find(incident.id()).orElseGet(() -> Debrief.awaiting(incident.id()));
    }

    private IncidentFacts factsOf(Incident incident) {
        return Timeline.load(incident, timelineStore, derived).facts(incident);
    }

    /** The page of a debrief: a published one as its record keeps it, any other one as things are now. */
    private DebriefView viewOf(Incident incident, Debrief debrief, Viewer viewer) {
        PublishedRecord record = debrief.record();
        IncidentFacts facts = record != null ? record.facts() : factsOf(incident);
        Targets projectTargets = record != null ? record.targets() : targetsOf(incident);
        Instant resolved = facts.resolved().orElse(null);
        return new DebriefView(
                incident,
                debrief,
                DueWindow.phaseOf(debrief.status(), resolved, clock.instant()),
                facts,
                facts.findings(),
                StandardQuestions.answer(facts, projectTargets, debrief.autoResolved()),
                projectTargets,
                // hints help whoever writes; a published debrief is read-only, so nobody acts on them (nor is the
                // incident read again for the people on it)
                debrief.isReadOnly() ? Map.of() : lintFields(incident, debrief, viewer));
    }

    /**
     * A lint that knows the people on the incident (reporter, assignee, commenters, and the watchers when the viewer
     * may see them) and on its debrief.
     */
    private BlamelessLint lintFor(Incident incident, Debrief debrief, Viewer viewer) {
        Set<String> names = new LinkedHashSet<>(incidents.peopleOn(incident, viewer));
        for (UserRef person : new UserRef[] {debrief.heldBy(), debrief.publishedBy(), debrief.updatedBy()}) {
            Incidents.addNamesOf(person, names);
        }
        return new BlamelessLint(names);
    }

    /** Lints the free-text fields, flagging the names of the people involved in this incident and debrief. */
    private Map<String, List<LintFinding>> lintFields(Incident incident, Debrief debrief, Viewer viewer) {
        BlamelessLint lint = lintFor(incident, debrief, viewer);
        Map<String, List<LintFinding>> byField = new LinkedHashMap<>();
        byField.put("analysis", lint.check(debrief.analysis()));
        byField.put("impact.affected", lint.check(debrief.impact().affected()));
        byField.put("impact.duration", lint.check(debrief.impact().duration()));
        byField.put("impact.cost", lint.check(debrief.impact().cost()));
        byField.values().removeIf(List::isEmpty);
        return byField;
    }

    private static UserRef actor(Viewer viewer) {
        return viewer.user().orElseThrow();
    }
}
