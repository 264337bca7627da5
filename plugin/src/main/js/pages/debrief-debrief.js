// web-resource debrief-debrief: the Debrief tab (questions, analysis, lint, hold and publish)
import '../incident/debrief.js';
