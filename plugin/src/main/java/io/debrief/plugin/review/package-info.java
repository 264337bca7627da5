/** The monthly review, the plugin side of core's {@code review}: the REST resource behind the dashboard item. */
package io.debrief.plugin.review;
