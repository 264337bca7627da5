/**
 * The Incident's Timeline and Debrief tabs as data and HTML, for every host (Jira tab panels, REST, the sandbox).
 *
 * <p>{@link io.debrief.plugin.incident.TimelineViewModel} and {@link io.debrief.plugin.incident.DebriefViewModel}
 * are the one mapping from core's results to what the Soy templates {@code Debrief.Timeline.tab} and
 * {@code Debrief.Debrief.tab} render and the REST resources answer, so the client-side templates can re-render a tab
 * from a REST answer: the timeline as the typed {@link io.debrief.plugin.incident.TimelineView} (the template data is
 * its {@link io.debrief.plugin.web.view.ViewData}), the debrief still as a map (its findings and lint hints typed:
 * {@link io.debrief.plugin.incident.FindingView}, {@link io.debrief.plugin.incident.LintFindingView}). {@link io.debrief.plugin.incident.IncidentPages} reads them through core's
 * use cases for one reader; {@link io.debrief.plugin.incident.IncidentTabs} renders them through
 * {@link io.debrief.plugin.web.view.Views}.
 */
package io.debrief.plugin.incident;
