// web-resource debrief-followup: the action items section of the Debrief tab
import '../followup/actionitems.js';
