package io.debrief.core.settings;

import io.debrief.core.access.Viewer;

/**
 * The settings as an administrator sees them (the admin page and the settings REST resource): read and save them
 * all, and the suggested filters offered once. Implemented by {@link SettingsAdmin}, which refuses everyone but
 * administrators.
 */
public interface AdministeringSettings {

    /** All settings: the global ones and each configured project's. */
    SettingsAdmin.Snapshot read(Viewer viewer);

    /** Replaces all settings with the form's, after checking every field. */
    SettingsAdmin.Snapshot save(SettingsForm form, Viewer viewer);

    /** The suggested Jira filters, offered until created or declined. */
    SuggestedFilters.Offer suggestedFilters(Viewer viewer);

    /** Declines the suggested filters, so they are not offered again. */
    SuggestedFilters.Offer declineSuggestedFilters(Viewer viewer);
}
