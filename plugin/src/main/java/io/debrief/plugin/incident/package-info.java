/**
 * The Incident's Timeline and Debrief tabs as data and HTML, for every host (Jira tab panels, REST, the sandbox).
 *
 * <p>{@link io.debrief.plugin.incident.TimelineViewModel} and {@link io.debrief.plugin.incident.DebriefViewModel}
 * are the one mapping from core's results to the maps the Soy templates {@code Debrief.Timeline.tab} and
 * {@code Debrief.Debrief.tab} render; the REST resources answer with the same maps, so the client-side templates can
 * re-render a tab from a REST answer. {@link io.debrief.plugin.incident.IncidentPages} reads them through core's
 * use cases for one reader; {@link io.debrief.plugin.incident.IncidentTabs} renders them through
 * {@link io.debrief.plugin.web.view.Views}.
 */
package io.debrief.plugin.incident;
