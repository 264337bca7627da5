// web-resource debrief-sharing: the repeat-incident panel at the top of the Debrief tab (and the export links)
import '../incident/repeat.js';
