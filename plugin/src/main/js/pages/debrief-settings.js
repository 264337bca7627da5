// web-resource debrief-settings: the administration page and its event sources section
import '../settings/settings.js';
import '../settings/intake-admin.js';
