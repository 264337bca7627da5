package io.debrief.plugin.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.settings.SettingsAdmin;
import io.debrief.core.settings.SettingsForm;
import java.util.List;

/**
 * All debrief settings, read and written by the admin page; flat so that field names in 400s match the form.
 *
 * @param enabledProjectKeys empty: every project takes part
 * @param projects           per-project overrides
 * @param defaults           what a project without override gets (ignored on write)
 */
public record SettingsJson(
        @JsonProperty("label") String label,
        @JsonProperty("jobCron") String jobCron,
        @JsonProperty("irrelevantResolution") String irrelevantResolution,
        @JsonProperty("prioritisePriority") String prioritisePriority,
        @JsonProperty("enabledProjectKeys") List<String> enabledProjectKeys,
        @JsonProperty("projects") List<ProjectJson> projects,
        @JsonProperty("defaults") ProjectJson defaults) {

    public static SettingsJson of(SettingsAdmin.Snapshot snapshot) {
        GlobalSettings global = snapshot.global();
        return new SettingsJson(
                global.label(),
                global.jobCron(),
                global.irrelevantResolution(),
                global.prioritisePriority(),
                global.enabledProjectKeys().stream().sorted().toList(),
                snapshot.projects().stream().map(ProjectJson::of).toList(),
                ProjectJson.of(ProjectSettings.defaults("*")));
    }

    public SettingsForm toForm() {
        return new SettingsForm(
                label,
                jobCron,
                irrelevantResolution,
                prioritisePriority,
                enabledProjectKeys,
                projects == null
                        ? null
                        : projects.stream()
                                .map(p -> p == null ? null : p.toForm())
                                .toList());
    }

    /**
     * One project's override; targets in whole minutes, interval 7..28 days; {@code acknowledgeMinutes} and
     * {@code mitigateMinutes} optional (null or blank: no target, no question), read as the request wrote them: a
     * value that is not a whole number is kept out of range, so core refuses it on its field
     * ({@code projects[0].acknowledge}).
     */
    public record ProjectJson(
            @JsonProperty("projectKey") String projectKey,
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("detectMinutes") Long detectMinutes,
            @JsonProperty("resolveMinutes") Long resolveMinutes,
            @JsonProperty("checkpointIntervalDays") Integer checkpointIntervalDays,
            // written back as the JSON numbers they hold (only ever digits from a stored target, or null)
            @JsonProperty("acknowledgeMinutes") @JsonRawValue
            String acknowledgeMinutes,

            @JsonProperty("mitigateMinutes") @JsonRawValue String mitigateMinutes) {

        public static ProjectJson of(ProjectSettings project) {
            return new ProjectJson(
                    project.projectKey(),
                    project.enabled(),
                    project.targets().detect().toMinutes(),
                    project.targets().resolve().toMinutes(),
                    project.checkpointIntervalDays(),
                    minutes(project.targets().acknowledge()),
                    minutes(project.targets().mitigate()));
        }

        SettingsForm.Project toForm() {
            return new SettingsForm.Project(
                    projectKey,
                    enabled,
                    detectMinutes,
                    resolveMinutes,
                    checkpointIntervalDays,
                    optionalMinutes(acknowledgeMinutes),
                    optionalMinutes(mitigateMinutes));
        }

        private static String minutes(java.time.Duration target) {
            return target == null ? null : Long.toString(target.toMinutes());
        }

        /** Null when blank; the number when whole; otherwise -1, which the target rule refuses on its field. */
        private static Long optionalMinutes(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String trimmed = text.strip();
            return trimmed.matches("-?[0-9]{1,18}") ? Long.valueOf(trimmed) : Long.valueOf(-1);
        }
    }
}
