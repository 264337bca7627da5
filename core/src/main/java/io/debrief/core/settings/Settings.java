package io.debrief.core.settings;

/** Where the debrief settings are kept; unknown projects read as {@link ProjectSettings#defaults(String)}. */
public interface Settings {

    GlobalSettings global();

    ProjectSettings forProject(String projectKey);

    /** Saves settings that {@link SettingsPolicy} accepted. */
    void saveGlobal(GlobalSettings settings);

    /** Saves settings that {@link SettingsPolicy} accepted. */
    void saveProject(ProjectSettings settings);

    /** Whether the project takes part: enabled globally (or all are) and in its own settings. */
    default boolean takesPart(String projectKey) {
        return global().enabledFor(projectKey) && forProject(projectKey).enabled();
    }
}
