/**
 * The library of published debriefs (core's {@code debrief} library): the page servlet, its template data and the
 * REST resource.
 */
package io.debrief.plugin.library;
