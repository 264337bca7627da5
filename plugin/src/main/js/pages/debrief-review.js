// web-resource debrief-review: the monthly review (dashboard item debrief/monthly-review and review pages)
import '../review/index.js';
