/*
 * The page-wide namespace window.Debrief: client-side Soy adds its templates to it (Debrief.Review.page,
 * Debrief.Common.message...), and each feature module publishes its entry points there for pages and tests.
 * Modules import each other; they read the namespace only for what Soy put there.
 */
export const Debrief = (window.Debrief = window.Debrief || {});
