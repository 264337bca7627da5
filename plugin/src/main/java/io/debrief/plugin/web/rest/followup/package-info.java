/**
 * JSON shapes of the follow-up endpoints (action items, checkpoints, settings, job runs), under
 * {@code /rest/debrief/1.0}:
 * <ul>
 *   <li>{@code GET /incidents/{key}/action-items} -> {@code {incident, items: [ActionItemJson],
 *       knownOpenActions: [ActionItemJson]}}; {@code POST} the same path with {@code {projectKey?, issueType?, summary,
 *       assignee?, due? (YYYY-MM-DD), category}} -> 201 {@link io.debrief.plugin.web.rest.followup.ActionItemJson}
 *       ({@code key, summary, url, status, assignee {key, displayName}?, due?, ageDays, category, created, resolved?,
 *       incident}).</li>
 *   <li>{@code GET /incidents/{key}/checkpoints} -> {@code {incident, checkpoints: [CheckpointJson], next: {number,
 *       due}?, items: [ActionItemJson]}}; {@code POST /incidents/{key}/checkpoints/{number}/outcomes} with
 *       {@code {outcomes: [{item, outcome: done|replanned|dropped, due?, reason?}]}} -> the closed
 *       {@link io.debrief.plugin.web.rest.followup.CheckpointJson} ({@code number, due, subTask?, state, outcomes}).</li>
 *   <li>{@code GET|PUT /settings} (administrators) -> {@link io.debrief.plugin.web.rest.followup.SettingsJson}
 *       ({@code label, jobCron, irrelevantResolution, prioritisePriority, enabledProjectKeys, projects: [{projectKey,
 *       enabled, detectMinutes, resolveMinutes, checkpointIntervalDays}], defaults}).</li>
 *   <li>{@code GET /admin/job-runs?limit=20} (administrators) -> {@code {runs: [{finishedAt, opened, repaired, skipped,
 *       failed: [{incident, reason}], tookMillis}]}}, newest first.</li>
 * </ul>
 * Refusals use the common error body: 401 anonymous, 403 no right, 404 unknown or hidden, 409 state conflict,
 * 400 with {@code errors[].field} naming each bad field ({@code outcomes[1].reason}, {@code projects[0].detect}).
 */
package io.debrief.plugin.web.rest.followup;
