/**
 * The Incident's Timeline and Debrief tabs as data and HTML, for every host (Jira tab panels, REST, the sandbox).
 *
 * <p>{@link io.debrief.plugin.incident.TimelineViewModel} and {@link io.debrief.plugin.incident.DebriefViewModel}
 * are the one mapping from core's results to what the Soy templates {@code Debrief.Timeline.tab} and
 * {@code Debrief.Debrief.tab} render and the REST resources answer, so the client-side templates can re-render a tab
 * from a REST answer: both as typed views ({@link io.debrief.plugin.incident.TimelineView},
 * {@link io.debrief.plugin.incident.DebriefTabView}, sharing {@link io.debrief.plugin.incident.AnswerView},
 * {@link io.debrief.plugin.incident.FindingView} and {@link io.debrief.plugin.incident.LintFindingView}); the template
 * data is the {@link io.debrief.plugin.web.view.ViewData} of the very record the REST call returns. {@link io.debrief.plugin.incident.IncidentPages} reads them through core's
 * use cases for one reader; {@link io.debrief.plugin.incident.IncidentTabs} renders them through
 * {@link io.debrief.plugin.web.view.Views}.
 */
package io.debrief.plugin.incident;
