package io.debrief.core.settings;

import java.util.List;

/**
 * The settings an admin submits, still as typed: the global values and the per-project overrides.
 *
 * @param enabledProjectKeys empty: every project takes part
 * @param projects           the per-project overrides, each project at most once: exactly the ones to keep, so a
 *                           project saved before and left out is removed (its defaults apply again); null: the
 *                           saved overrides stay as they are
 */
public record SettingsForm(
        String label,
        String jobCron,
        String irrelevantResolution,
        String prioritisePriority,
        List<String> enabledProjectKeys,
        List<Project> projects) {

    public SettingsForm {
        enabledProjectKeys = enabledProjectKeys == null ? List.of() : enabledProjectKeys;
    }

    /** Whether the form leaves the saved project overrides as they are (it names none). */
    public boolean keepsSavedProjects() {
        return projects == null;
    }

    /** The project overrides the form names, in order; none when it keeps the saved ones. */
    public List<Project> projectRows() {
        return projects == null ? List.of() : projects;
    }

    /**
     * One project's override; targets in whole minutes.
     *
     * @param enabled nullable: enabled
     * @param acknowledgeMinutes nullable: no target to acknowledge
     * @param mitigateMinutes nullable: no target to mitigate
     */
    public record Project(
            String projectKey,
            Boolean enabled,
            Long detectMinutes,
            Long resolveMinutes,
            Integer checkpointIntervalDays,
            Long acknowledgeMinutes,
            Long mitigateMinutes) {

        /** An override without targets to acknowledge or mitigate. */
        public Project(
                String projectKey,
                Boolean enabled,
                Long detectMinutes,
                Long resolveMinutes,
                Integer checkpointIntervalDays) {
            this(projectKey, enabled, detectMinutes, resolveMinutes, checkpointIntervalDays, null, null);
        }
    }
}
