// web-resource debrief-library: the searchable library of published debriefs, and the reminders switch
import '../library/library.js';
import '../followthrough/reminders.js';
