// web-resource debrief-checkpoints: the checkpoint outcome forms
import '../followup/checkpoints.js';
