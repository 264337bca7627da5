// web-resource debrief-settings: the administration page, its event sources section, their retention and follow-through
import '../settings/settings.js';
import '../settings/intake-admin.js';
import '../settings/intake-retention.js';
import '../followthrough/settings.js';
