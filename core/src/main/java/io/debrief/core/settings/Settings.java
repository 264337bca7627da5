package io.debrief.core.settings;

import java.util.List;

/** Where the debrief settings are kept; unknown projects read as {@link ProjectSettings#defaults(String)}. */
public interface Settings {

    GlobalSettings global();

    ProjectSettings forProject(String projectKey);

    /** Saves settings that {@link SettingsPolicy} accepted. */
    void saveGlobal(GlobalSettings settings);

    /** Saves settings that {@link SettingsPolicy} accepted. */
    void saveProject(ProjectSettings settings);

    /** The projects whose settings an admin has saved (the overrides), by project key. */
    List<ProjectSettings> savedProjects();

    /** Forgets a project's own settings: it reads as {@link ProjectSettings#defaults(String)} again. */
    void removeProject(String projectKey);

    /**
     * Saves the global settings and exactly these project settings: a project saved before and left out here is
     * removed, so it reads as the defaults again. Stores with transactions override this so that an admin's save is
     * all-or-nothing even if the database fails half-way; validation already happened before.
     */
    default void saveAll(GlobalSettings global, List<ProjectSettings> projects) {
        saveGlobal(global);
        projects.forEach(this::saveProject);
        removedBy(projects).forEach(this::removeProject);
    }

    /** The saved projects that a save of exactly {@code projects} leaves out. */
    default List<String> removedBy(List<ProjectSettings> projects) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        projects.forEach(project -> kept.add(project.projectKey()));
        return savedProjects().stream()
                .map(ProjectSettings::projectKey)
                .filter(key -> !kept.contains(key))
                .toList();
    }

    /** Whether an admin declined the suggested saved filters ({@link SuggestedFilters}); then they are not offered. */
    boolean suggestedFiltersDeclined();

    /** Records that an admin declined the suggested saved filters. */
    void declineSuggestedFilters();

    /** Whether the project takes part: enabled globally (or all are) and in its own settings. */
    default boolean takesPart(String projectKey) {
        return global().enabledFor(projectKey) && forProject(projectKey).enabled();
    }
}
