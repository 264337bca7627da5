// web-resource debrief-timeline: the Timeline tab and its suggested entries from external events
import '../incident/timeline.js';
import '../incident/events.js';
