// web-resource debrief-review: the monthly review (dashboard item and review pages), and the reminders switch
import '../review/index.js';
import '../followthrough/reminders.js';
