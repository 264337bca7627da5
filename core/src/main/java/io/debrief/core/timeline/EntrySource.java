package io.debrief.core.timeline;

import java.util.Locale;

/**
 * Where a timeline entry came from: typed by a person, derived from the tracker's history, comments or links, or
 * accepted by a person from an external event (an alert, a deploy, a provider update: stored, versioned, editable).
 */
public enum EntrySource {
    MANUAL,
    JIRA_HISTORY,
    COMMENT,
    LINK,
    EXTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
