/** Blameless lint as a REST service for the debrief editor (core's {@code lint}). */
package io.debrief.plugin.lint;
