/**
 * What the library knows of each published debrief's incident being secured, kept true in Jira (issue 17): a save
 * keeps it, {@code IncidentSecurityListener} keeps what issue events report, the reconcile job here (once per cluster,
 * every few hours) puts right what events missed, and upgrade 4 fills it on a site upgraded from an older release.
 */
package io.debrief.plugin.library.security;
