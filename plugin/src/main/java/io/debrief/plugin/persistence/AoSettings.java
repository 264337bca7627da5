package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.Settings;
import io.debrief.core.settings.Targets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/**
 * Settings as name/value rows per scope ("global", "project:KEY"); a missing value reads as its default, so new
 * settings need no migration.
 */
@Component
public class AoSettings implements Settings {

    private static final String GLOBAL = "global";
    private static final String PROJECT_SCOPE = "project:";
    private static final String LABEL = "label";
    private static final String JOB_CRON = "jobCron";
    private static final String IRRELEVANT_RESOLUTION = "irrelevantResolution";
    private static final String PRIORITISE_PRIORITY = "prioritisePriority";
    private static final String ENABLED_PROJECTS = "enabledProjectKeys";
    private static final String ENABLED = "enabled";
    private static final String DETECT_TARGET = "detectTarget";
    private static final String RESOLVE_TARGET = "resolveTarget";
    /** Optional targets: absent or empty means the project sets none. */
    private static final String ACKNOWLEDGE_TARGET = "acknowledgeTarget";

    private static final String MITIGATE_TARGET = "mitigateTarget";
    private static final String CHECKPOINT_INTERVAL = "checkpointIntervalDays";
    private static final String SUGGESTED_FILTERS = "suggestedFilters";
    private static final String DECLINED = "declined";

    private final ActiveObjects ao;

    @Inject
    public AoSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public GlobalSettings global() {
        Map<String, String> values = read(GLOBAL);
        GlobalSettings defaults = GlobalSettings.DEFAULTS;
        String projects = values.get(ENABLED_PROJECTS);
        return new GlobalSettings(
                values.getOrDefault(LABEL, defaults.label()),
                values.getOrDefault(JOB_CRON, defaults.jobCron()),
                values.getOrDefault(IRRELEVANT_RESOLUTION, defaults.irrelevantResolution()),
                values.getOrDefault(PRIORITISE_PRIORITY, defaults.prioritisePriority()),
                projects == null || projects.isEmpty() ? Set.of() : Set.of(projects.split(",")));
    }

    @Override
    public ProjectSettings forProject(String projectKey) {
        Map<String, String> values = read(projectScope(projectKey));
        ProjectSettings defaults = ProjectSettings.defaults(projectKey);
        if (values.isEmpty()) {
            return defaults;
        }
        Targets targets = new Targets(
                duration(values.get(DETECT_TARGET), defaults.targets().detect()),
                duration(values.get(RESOLVE_TARGET), defaults.targets().resolve()),
                duration(values.get(ACKNOWLEDGE_TARGET), null),
                duration(values.get(MITIGATE_TARGET), null));
        String interval = values.get(CHECKPOINT_INTERVAL);
        return new ProjectSettings(
                projectKey,
                values.containsKey(ENABLED) ? Boolean.parseBoolean(values.get(ENABLED)) : defaults.enabled(),
                targets,
                interval == null ? defaults.checkpointIntervalDays() : Integer.parseInt(interval));
    }

    @Override
    public void saveGlobal(GlobalSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LABEL, settings.label());
        values.put(JOB_CRON, settings.jobCron());
        values.put(IRRELEVANT_RESOLUTION, settings.irrelevantResolution());
        values.put(PRIORITISE_PRIORITY, settings.prioritisePriority());
        values.put(ENABLED_PROJECTS, String.join(",", new TreeSet<>(settings.enabledProjectKeys())));
        write(GLOBAL, values);
    }

    @Override
    public void saveProject(ProjectSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ENABLED, Boolean.toString(settings.enabled()));
        values.put(DETECT_TARGET, settings.targets().detect().toString());
        values.put(RESOLVE_TARGET, settings.targets().resolve().toString());
        values.put(ACKNOWLEDGE_TARGET, optional(settings.targets().acknowledge()));
        values.put(MITIGATE_TARGET, optional(settings.targets().mitigate()));
        values.put(CHECKPOINT_INTERVAL, Integer.toString(settings.checkpointIntervalDays()));
        write(projectScope(settings.projectKey()), values);
    }

    @Override
    public List<ProjectSettings> savedProjects() {
        Set<String> keys = new TreeSet<>();
        for (SettingEntity row : ao.find(SettingEntity.class, "SCOPE LIKE ?", PROJECT_SCOPE + "%")) {
            keys.add(row.getScope().substring(PROJECT_SCOPE.length()));
        }
        return keys.stream().map(this::forProject).toList();
    }

    @Override
    public void removeProject(String projectKey) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(SettingEntity.class, "SCOPE = ?", projectScope(projectKey)));
            return null;
        });
    }

    /**
     * The admin page's save: global, every project row, and the removal of projects left out, in one transaction, so
     * it lands whole or not at all.
     */
    @Override
    public void saveAll(GlobalSettings global, List<ProjectSettings> projects) {
        ao.executeInTransaction(() -> {
            saveGlobal(global);
            projects.forEach(this::saveProject);
            removedBy(projects).forEach(this::removeProject);
            return null;
        });
    }

    @Override
    public boolean suggestedFiltersDeclined() {
        return DECLINED.equals(read(GLOBAL).get(SUGGESTED_FILTERS));
    }

    @Override
    public void declineSuggestedFilters() {
        write(GLOBAL, Map.of(SUGGESTED_FILTERS, DECLINED));
    }

    private Map<String, String> read(String scope) {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, "SCOPE = ?", scope)) {
            values.put(row.getSettingName(), row.getSettingValue() == null ? "" : row.getSettingValue());
        }
        return values;
    }

    /** Updates the scope's rows and adds missing ones, all in one transaction. */
    private void write(String scope, Map<String, String> values) {
        ao.executeInTransaction(() -> {
            Map<String, SettingEntity> existing = Arrays.stream(ao.find(SettingEntity.class, "SCOPE = ?", scope))
                    .collect(Collectors.toMap(SettingEntity::getSettingName, row -> row));
            values.forEach((name, value) -> {
                SettingEntity row = existing.get(name);
                if (row == null) {
                    ao.create(
                            SettingEntity.class,
                            new DBParam("SETTING_KEY", scope + "|" + name),
                            new DBParam("SCOPE", scope),
                            new DBParam("SETTING_NAME", name),
                            new DBParam("SETTING_VALUE", value));
                } else {
                    row.setSettingValue(value);
                    row.save();
                }
            });
            return null;
        });
    }

    private static String projectScope(String projectKey) {
        return PROJECT_SCOPE + projectKey;
    }

    private static String optional(Duration target) {
        return target == null ? "" : target.toString();
    }

    private static Duration duration(String value, Duration fallback) {
        return value == null || value.isEmpty() ? fallback : Duration.parse(value);
    }
}
