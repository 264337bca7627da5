/**
 * Checkpoints, the plugin side of core's {@code checkpoint}: the scheduled job and its scheduler, the REST resources
 * of an incident's checkpoints (outcomes) and of the job's runs, and the JQL function {@code overdueCheckpoints()}.
 *
 * <ul>
 *   <li>{@code GET /rest/debrief/1.0/incidents/{key}/checkpoints} -> {@code {incident, checkpoints:
 *       [CheckpointView], next: {number, due}?, items: [ActionItemView]}}; {@code POST
 *       /incidents/{key}/checkpoints/{number}/outcomes} with {@code {outcomes: [{item, outcome:
 *       done|replanned|dropped, due?, reason?}]}} -> the closed {@link io.debrief.plugin.checkpoint.CheckpointView}
 *       ({@code number, due, subTask?, state, outcomes}).</li>
 *   <li>{@code GET /admin/job-runs?limit=20} (administrators) -> {@code {runs: [{finishedAt, opened, repaired,
 *       skipped, failed: [{incident, reason}], tookMillis}]}}, newest first.</li>
 * </ul>
 * Refusals use the common error body; 400 names each bad field ({@code outcomes[1].reason}).
 */
package io.debrief.plugin.checkpoint;
