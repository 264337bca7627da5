package io.debrief.plugin.settings;

import io.debrief.core.checkpoint.JobRunLog;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SuggestedFilters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns settings and job runs into the data of template Debrief.Settings.page (maps, lists, strings, numbers). */
public final class SettingsPageData {

    private static final DateTimeFormatter FINISHED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SettingsPageData() {}

    public static Map<String, Object> of(
            SettingsAdmin.Snapshot snapshot, List<JobRunLog.JobRun> runs, String contextPath) {
        return of(snapshot, runs, new SuggestedFilters.Offer(true, List.of()), key -> key, contextPath);
    }

    /**
     * With the suggested saved filters, unless the admin declined them: each with its name (through {@code text}),
     * its JQL and a link that opens Jira's issue search with it, where "Save as" keeps it as a filter.
     */
    public static Map<String, Object> of(
            SettingsAdmin.Snapshot snapshot,
            List<JobRunLog.JobRun> runs,
            SuggestedFilters.Offer filters,
            Function<String, String> text,
            String contextPath) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("label", snapshot.global().label());
        settings.put("jobCron", snapshot.global().jobCron());
        settings.put("irrelevantResolution", snapshot.global().irrelevantResolution());
        settings.put("prioritisePriority", snapshot.global().prioritisePriority());
        settings.put(
                "enabledProjectKeys",
                String.join(
                        ", ",
                        snapshot.global().enabledProjectKeys().stream().sorted().toList()));
        settings.put(
                "projects",
                snapshot.projects().stream().map(SettingsPageData::project).toList());
        settings.put("defaults", project(ProjectSettings.defaults("*")));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("runs", runs.stream().map(SettingsPageData::run).toList());
        data.put("contextPath", contextPath == null ? "" : contextPath);
        if (!filters.declined()) {
            String base = contextPath == null ? "" : contextPath;
            data.put(
                    "suggestedFilters",
                    filters.filters().stream()
                            .map(filter -> Map.<String, Object>of(
                                    "name", text.apply(filter.nameKey()),
                                    "jql", filter.jql(),
                                    "href",
                                            base + "/issues/?jql="
                                                    + URLEncoder.encode(filter.jql(), StandardCharsets.UTF_8)))
                            .toList());
        }
        return data;
    }

    /** The same numbers as the REST answer (targets in whole minutes), as template data. */
    private static Map<String, Object> project(ProjectSettings project) {
        SettingsJson.ProjectJson json = SettingsJson.ProjectJson.of(project);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("projectKey", json.projectKey());
        row.put("enabled", json.enabled());
        row.put("detectMinutes", json.detectMinutes());
        row.put("resolveMinutes", json.resolveMinutes());
        row.put("checkpointIntervalDays", json.checkpointIntervalDays());
        row.put("acknowledgeMinutes", json.acknowledgeMinutes());
        row.put("mitigateMinutes", json.mitigateMinutes());
        return row;
    }

    private static Map<String, Object> run(JobRunLog.JobRun run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("finishedAt", FINISHED.format(run.finishedAt().truncatedTo(ChronoUnit.MINUTES)));
        row.put("opened", run.report().opened());
        row.put("repaired", run.report().repaired());
        row.put("skipped", run.report().skipped());
        row.put("tookMillis", run.report().took().toMillis());
        List<Map<String, Object>> failed = new ArrayList<>();
        run.report()
                .failed()
                .forEach(failure ->
                        failed.add(Map.of("incident", failure.incident().key(), "reason", failure.reason())));
        row.put("failed", failed);
        return row;
    }
}
