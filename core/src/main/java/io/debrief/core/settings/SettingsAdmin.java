package io.debrief.core.settings;

import io.debrief.core.access.AdminAccess;
import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.SaneRange;
import io.debrief.core.common.ValidationError;
import io.debrief.core.tracker.IssueTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admin's settings page: read all settings, and save them all-or-nothing after {@link SettingsPolicy} accepted
 * every value. Administrators only (anonymous 401, others 403).
 *
 * <p>Field names in refusals: {@code label}, {@code jobCron}, {@code irrelevantResolution}, {@code prioritisePriority},
 * {@code enabledProjectKeys}, and {@code projects[i].projectKey|detect|resolve|checkpointIntervalDays}.
 */
public final class SettingsAdmin implements AdministeringSettings {

    public static final String PROJECT_DUPLICATE = "debrief.error.settings.project.duplicate";

    public static final String PROJECT_UNKNOWN = "debrief.error.settings.project.unknown";
    public static final String RESOLUTION_UNKNOWN = "debrief.error.settings.resolution.unknown";
    public static final String PRIORITY_UNKNOWN = "debrief.error.settings.priority.unknown";

    private final Settings settings;
    private final IssueTracker tracker;
    private final SettingsPolicy policy = new SettingsPolicy();

    /** @param tracker what the settings name (projects, resolution, priority) must exist in */
    public SettingsAdmin(Settings settings, IssueTracker tracker) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    @Override
    public Snapshot read(Viewer viewer) {
        AdminAccess.require(viewer);
        return new Snapshot(settings.global(), settings.savedProjects());
    }

    /** Checks every value, then saves everything at once; returns what is now in force. */
    @Override
    public Snapshot save(SettingsForm form, Viewer viewer) {
        AdminAccess.require(viewer);
        List<ValidationError> errors = new ArrayList<>();
        GlobalSettings global = null;
        try {
            global = policy.global(
                    form.label(),
                    form.jobCron(),
                    form.irrelevantResolution(),
                    form.prioritisePriority(),
                    new LinkedHashSet<>(form.enabledProjectKeys()));
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        if (global != null) {
            errors.addAll(unknownNames(global));
        }
        List<ProjectSettings> projects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.projectRows().size(); i++) {
            String prefix = "projects[" + i + "].";
            SettingsForm.Project project = form.projectRows().get(i);
            if (project == null) {
                errors.add(ValidationError.of(prefix + "projectKey", "debrief.error.settings.project.invalid"));
                continue;
            }
            if (project.projectKey() != null && !seen.add(project.projectKey())) {
                errors.add(ValidationError.of(prefix + "projectKey", PROJECT_DUPLICATE, project.projectKey()));
                continue;
            }
            if (project.projectKey() != null
                    && SettingsPolicy.PROJECT_KEY.matcher(project.projectKey()).matches()
                    && !tracker.has(IssueTracker.Named.PROJECT, project.projectKey())) {
                errors.add(ValidationError.of(prefix + "projectKey", PROJECT_UNKNOWN, project.projectKey()));
            }
            try {
                projects.add(policy.project(
                        project.projectKey(),
                        project.enabled() == null || project.enabled(),
                        minutes(project.detectMinutes()),
                        minutes(project.resolveMinutes()),
                        minutes(project.acknowledgeMinutes()),
                        minutes(project.mitigateMinutes()),
                        project.checkpointIntervalDays() == null ? 0 : project.checkpointIntervalDays()));
            } catch (InvalidInputException refused) {
                refused.errors()
                        .forEach(error -> errors.add(
                                new ValidationError(prefix + error.field(), error.messageKey(), error.args())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.saveAll(global, form.keepsSavedProjects() ? settings.savedProjects() : projects);
        return new Snapshot(settings.global(), settings.savedProjects());
    }

    /** What the global settings name and the tracker does not hold, each on its field. */
    private List<ValidationError> unknownNames(GlobalSettings global) {
        List<ValidationError> unknown = new ArrayList<>();
        if (!tracker.has(IssueTracker.Named.RESOLUTION, global.irrelevantResolution())) {
            unknown.add(ValidationError.of("irrelevantResolution", RESOLUTION_UNKNOWN, global.irrelevantResolution()));
        }
        if (!tracker.has(IssueTracker.Named.PRIORITY, global.prioritisePriority())) {
            unknown.add(ValidationError.of("prioritisePriority", PRIORITY_UNKNOWN, global.prioritisePriority()));
        }
        String missing = global.enabledProjectKeys().stream()
                .sorted()
                .filter(key -> !tracker.has(IssueTracker.Named.PROJECT, key))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            unknown.add(ValidationError.of("enabledProjectKeys", PROJECT_UNKNOWN, missing));
        }
        return unknown;
    }

    /** The suggested saved filters for the label in force, and whether the admin declined them. */
    @Override
    public SuggestedFilters.Offer suggestedFilters(Viewer viewer) {
        AdminAccess.require(viewer);
        return new SuggestedFilters.Offer(
                settings.suggestedFiltersDeclined(),
                SuggestedFilters.forLabel(settings.global().label()));
    }

    /** The admin says no thanks to the suggested filters: they are no longer offered. */
    @Override
    public SuggestedFilters.Offer declineSuggestedFilters(Viewer viewer) {
        AdminAccess.require(viewer);
        settings.declineSuggestedFilters();
        return suggestedFilters(viewer);
    }

    /**
     * Minutes as typed, as a duration for the policy to judge against {@link SaneRange}; a number too large (or too
     * small) for a duration is kept just outside the range, so it is refused on its field instead of overflowing.
     */
    private static Duration minutes(Long value) {
        if (value == null) {
            return null;
        }
        return Duration.ofMinutes(Math.max(-1, Math.min(value, SaneRange.MAX_TARGET.toMinutes() + 1)));
    }

    /**
     * Every setting as it is in force.
     *
     * @param projects the projects with saved overrides, by key; any other project uses the defaults
     */
    public record Snapshot(GlobalSettings global, List<ProjectSettings> projects) {
        public Snapshot {
            Objects.requireNonNull(global, "global");
            projects = List.copyOf(projects);
        }
    }
}
