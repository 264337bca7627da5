/**
 * The review's item index kept true in Jira (issue 17): the listener writes what issue and link events report, the
 * reconcile job (once per cluster, every few hours) puts right what events missed.
 */
package io.debrief.plugin.review.index;
