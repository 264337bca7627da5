/**
 * The insights (issue 16), the plugin side of core's {@code insights}: the incident index kept from Jira's events and
 * the timeline and debrief stores, its upgrade task, the REST resource, the page and the dashboard item.
 */
package io.debrief.plugin.insights;
