// web-resource debrief-settings: the administration page, its event sources section and their retention
import '../settings/settings.js';
import '../settings/intake-admin.js';
import '../settings/intake-retention.js';
