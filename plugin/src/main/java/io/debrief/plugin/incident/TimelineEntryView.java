package io.debrief.plugin.incident;

/**
 * One timeline entry as the Timeline tab and the timeline REST resource show it: instants in ISO-8601 with their
 * display form in the reader's zone ({@code atDisplay}) and as a datetime-local input value ({@code atLocal}); kind and
 * source by wire name with their labels ({@code sourceLabel} null for manual entries); {@code approximate}: the moment
 * is only approximately when it happened.
 */
public record TimelineEntryView(
        long id,
        String kind,
        String kindLabel,
        String at,
        String atDisplay,
        String atLocal,
        String text,
        String link,
        String source,
        String sourceLabel,
        boolean derived,
        boolean deleted,
        int version,
        boolean approximate) {}
