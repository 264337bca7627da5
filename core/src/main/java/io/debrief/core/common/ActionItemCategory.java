package io.debrief.core.common;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an action item improves: noticing sooner, fixing faster, preventing a repeat, or the way we work. */
public enum ActionItemCategory {
    DETECT,
    FIX,
    PREVENT,
    PROCESS;

    /** The lower-case name used in JSON and forms. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The label that records this category in the tracker, beside the item label itself: "debrief-detect" next to
     * "debrief". Plain labels, so JQL finds them ({@code labels = debrief-detect}) and the review groups by them.
     */
    public String labelBeside(String itemLabel) {
        return itemLabel + "-" + wireName();
    }

    /**
     * The category an issue's labels record: a "&lt;label&gt;-&lt;category&gt;" label beside "&lt;label&gt;" itself, whatever
     * the item label is called (case-insensitive, as Jira's label search). Empty for an item labelled by hand without
     * one; the first category in declaration order when someone added several.
     */
    public static Optional<ActionItemCategory> fromLabels(Set<String> labels) {
        Set<String> lower =
                labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (ActionItemCategory category : values()) {
            String suffix = "-" + category.wireName();
            for (String label : lower) {
                if (label.endsWith(suffix) && lower.contains(label.substring(0, label.length() - suffix.length()))) {
                    return Optional.of(category);
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<ActionItemCategory> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ActionItemCategory category : values()) {
            if (category.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
