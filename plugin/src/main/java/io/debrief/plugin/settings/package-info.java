/**
 * Settings, the plugin side of core's {@code settings}: the administration page servlet and its REST resource.
 *
 * <p>{@code GET|PUT /rest/debrief/1.0/settings} (administrators) -> {@link io.debrief.plugin.settings.SettingsJson}
 * ({@code label, jobCron, irrelevantResolution, prioritisePriority, enabledProjectKeys, projects: [{projectKey,
 * enabled, detectMinutes, resolveMinutes, checkpointIntervalDays, acknowledgeMinutes?, mitigateMinutes?}], defaults});
 * the two optional targets, null or absent, mean no target and no question; a saved schedule re-plans the
 * checkpoint job at once ({@link io.debrief.plugin.CheckpointSchedule}). 400 names each bad field
 * ({@code projects[0].detect}).
 */
package io.debrief.plugin.settings;
