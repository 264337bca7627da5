/**
 * The review's item index kept true in Jira (issue 17): {@code io.debrief.plugin.jira.ItemIndexListener} (there
 * because only that package may use Jira's types) writes what issue and link events report; the reconcile job here
 * (once per cluster, every few hours) puts right what events missed.
 */
package io.debrief.plugin.review.index;
