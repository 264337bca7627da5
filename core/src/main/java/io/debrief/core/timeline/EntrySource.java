package io.debrief.core.timeline;

import java.util.Locale;

/** Where a timeline entry came from: typed by a person, or derived from the tracker's history, comments or links. */
public enum EntrySource {
    MANUAL,
    JIRA_HISTORY,
    COMMENT,
    LINK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
