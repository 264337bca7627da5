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

    /**
     * Saves global and project settings together. Stores with transactions override this so that an admin's save is
     * all-or-nothing even if the database fails half-way; validation already happened before.
     */
    default void saveAll(GlobalSettings global, List<ProjectSettings> projects) {
        saveGlobal(global);
        projects.forEach(this::saveProject);
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
