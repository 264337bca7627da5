// web-resource debrief-timeline: the Timeline tab, its suggested entries from external events and the import
import '../incident/timeline.js';
import '../incident/events.js';
import '../incident/timeline-import.js';
