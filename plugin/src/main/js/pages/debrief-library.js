// web-resource debrief-library: the searchable library of published debriefs
import '../library/library.js';
