/**
 * Action items, the plugin side of core's {@code actionitem}: the REST resource, the debrief-label listener and the
 * JQL functions {@code debriefItems()} and {@code openDebriefItems()}.
 *
 * <p>{@code GET /rest/debrief/1.0/incidents/{key}/action-items} -> {@code {incident, items: [ActionItemView],
 * knownOpenActions: [ActionItemView]}}; {@code POST} the same path with {@code {projectKey?, issueType?, summary,
 * assignee?, due? (YYYY-MM-DD), category}} -> 201 {@link io.debrief.plugin.actionitem.ActionItemView} ({@code key,
 * summary, url, status, assignee {key, displayName}?, due?, ageDays, category, created, resolved?, incident}).
 * Refusals use the common error body: 401 anonymous, 403 no right, 404 unknown or hidden, 409 state conflict, 400
 * with {@code errors[].field} naming each bad field.
 */
package io.debrief.plugin.actionitem;
