/**
 * The review's item index kept true in Jira (issue 17): {@code ItemIndexListener} writes what issue events
 * report ({@code JiraItemFeed} reads an issue as the index keeps it); the reconcile job here
 * (once per cluster, every few hours) puts right what events missed.
 */
package io.debrief.plugin.review.index;
