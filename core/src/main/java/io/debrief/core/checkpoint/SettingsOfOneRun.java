package io.debrief.core.checkpoint;

import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings as one job run reads them: the global ones once and each project's once, so a run over a hundred
 * thousand held debriefs reads settings per project, not per debrief; the saved projects are read in one go, so checking
 * the plans of hundreds of projects costs one read, not one each. Read-only; a change saved during the run counts
 * from the next run on.
 */
final class SettingsOfOneRun implements Settings {

    private final Settings stored;
    private final Map<String, ProjectSettings> projects = new HashMap<>();
    private GlobalSettings global;
    /** The saved projects, read at once on first need: every other project reads as its defaults (see Settings). */
    private Map<String, ProjectSettings> saved;

    SettingsOfOneRun(Settings stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    @Override
    public GlobalSettings global() {
        if (global == null) {
            global = stored.global();
        }
        return global;
    }

    @Override
    public ProjectSettings forProject(String projectKey) {
        if (saved == null) {
            saved = new HashMap<>();
            stored.savedProjects().forEach(project -> saved.put(project.projectKey(), project));
        }
        return projects.computeIfAbsent(
                projectKey, key -> saved.containsKey(key) ? saved.get(key) : ProjectSettings.defaults(key));
    }

    @Override
    public void saveGlobal(GlobalSettings settings) {
        throw new UnsupportedOperationException("a job run only reads settings");
    }

    @Override
    public void saveProject(ProjectSettings settings) {
        throw new UnsupportedOperationException("a job run only reads settings");
    }

    @Override
    public void removeProject(String projectKey) {
        throw new UnsupportedOperationException("a job run only reads settings");
    }

    @Override
    public List<ProjectSettings> savedProjects() {
        return stored.savedProjects();
    }

    @Override
    public boolean suggestedFiltersDeclined() {
        return stored.suggestedFiltersDeclined();
    }

    @Override
    public void declineSuggestedFilters() {
        throw new UnsupportedOperationException("a job run only reads settings");
    }
}
