package io.debrief.core.testkit;

import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Settings;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings kept in a map; unknown projects get the defaults. */
public final class InMemorySettings implements Settings {

    private boolean filtersDeclined;

    private GlobalSettings global = GlobalSettings.DEFAULTS;
    private final Map<String, ProjectSettings> projects = new HashMap<>();

    @Override
    public GlobalSettings global() {
        return global;
    }

    @Override
    public ProjectSettings forProject(String projectKey) {
        return projects.getOrDefault(projectKey, ProjectSettings.defaults(projectKey));
    }

    @Override
    public void saveGlobal(GlobalSettings settings) {
        global = settings;
    }

    @Override
    public void saveProject(ProjectSettings settings) {
        projects.put(settings.projectKey(), settings);
    }

    @Override
    public void removeProject(String projectKey) {
        projects.remove(projectKey);
    }

    @Override
    public List<ProjectSettings> savedProjects() {
        return projects.values().stream()
                .sorted(Comparator.comparing(ProjectSettings::projectKey))
                .toList();
    }

    /** Sets a project's checkpoint interval, keeping its other settings. */
    @Override
    public synchronized boolean suggestedFiltersDeclined() {
        return filtersDeclined;
    }

    @Override
    public synchronized void declineSuggestedFilters() {
        filtersDeclined = true;
    }

    public InMemorySettings withCheckpointInterval(String projectKey, int days) {
        ProjectSettings current = forProject(projectKey);
        saveProject(new ProjectSettings(projectKey, current.enabled(), current.targets(), days));
        return this;
    }
}
