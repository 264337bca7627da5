/**
 * Follow-through (issue 16): completion targets by priority, reminders to assignees and each project's weekly
 * digest, sent through Jira's mail queue by a daily job that runs once per cluster, and each person's reminder
 * opt-out. The rules are core's ({@code io.debrief.core.followthrough}); this package is their Jira side.
 */
package io.debrief.plugin.followthrough;
