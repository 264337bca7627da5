/**
 * Event intake (core's {@code intake}, docs/INTAKE.md): the endpoint sources post to, the admin's event sources and
 * an incident's suggested events and proposed real start.
 */
package io.debrief.plugin.intake;
