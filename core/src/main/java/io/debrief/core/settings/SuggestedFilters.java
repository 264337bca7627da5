package io.debrief.core.settings;

import java.util.List;
import java.util.Objects;

/**
 * The saved filters every team needs to keep debrief follow-up visible, offered to the admin once: the open debrief
 * items, oldest first, and the incidents still waiting for their debrief. Built from the configured label, so a
 * renamed label gives filters that still find the items.
 */
public final class SuggestedFilters {

    private SuggestedFilters() {}

    /** The suggested filters for the debrief label in force. */
    public static List<SuggestedFilter> forLabel(String label) {
        Objects.requireNonNull(label, "label");
        return List.of(
                new SuggestedFilter(
                        "debrief.filters.open-items",
                        "labels = " + quoted(label) + " AND statusCategory != Done ORDER BY created ASC"),
                new SuggestedFilter(
                        "debrief.filters.awaiting-debrief",
                        "issue in incidentsAwaitingDebrief() ORDER BY resolved ASC"));
    }

    /** A JQL string literal: labels cannot hold spaces, but a quote or backslash must not end the literal early. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * One suggested filter.
     *
     * @param nameKey i18n key of the filter's name
     * @param jql     the filter's query
     */
    public record SuggestedFilter(String nameKey, String jql) {
        public SuggestedFilter {
            Objects.requireNonNull(nameKey, "nameKey");
            Objects.requireNonNull(jql, "jql");
        }
    }

    /**
     * What the admin page offers: the filters, unless the admin declined them.
     *
     * @param declined the admin said no thanks: the page stops offering them
     */
    public record Offer(boolean declined, List<SuggestedFilter> filters) {
        public Offer {
            filters = List.copyOf(filters);
        }
    }
}
